import { ImportSummary, ReceivedTitleList } from '@era/holdings-domain';
import { KbartHeader } from '@era/kbart';

/** Lines the report lists at most; beyond, only counted (`truncated`): a file of 500,000 bad rows still gives a report one can open. */
export const MAX_REPORT_LINES = 100_000;

/** What a line of the report says about its row: refused whole, a value repaired, a value refused, a repeat, a value unlike its title's first row. */
export type ReportLineKind = 'rejected' | 'repaired' | 'problem' | 'duplicate' | 'differs';

export interface TitleListReportLine {
  line: number;
  kind: ReportLineKind;
  /** The KBART column (or extra column) concerned; '' when the whole row is. */
  column: string;
  code: string;
  message: string;
  /** The value as the vendor sent it. */
  original: string;
}

/** How the header was read: each standard column found (and under what name), extra columns kept, required ones missing. */
export interface TitleListReportHeader {
  phase: 'I' | 'II';
  delimiter: string;
  columns: { column: string; name: string; how: string }[];
  extras: string[];
  missing: string[];
  duplicates: { column: string; positions: number[] }[];
  importable: boolean;
}

/** The row report of one import, stored as a JSON document (imported, unchanged or refused alike). */
export interface TitleListReport {
  resourceId: string;
  file: Omit<ReceivedTitleList, 'sha256' | 'sizeBytes' | 'phase'> & { sha256?: string; sizeBytes: number; phase?: 'I' | 'II' };
  /** Undefined when the file has no header line at all. */
  header?: TitleListReportHeader;
  /** Bytes that did not decode in the encoding used (shown as U+FFFD). */
  undecodableCharacters: number;
  summary: ImportSummary;
  /** Every rejected, repaired, duplicate or differing row, value by value, up to MAX_REPORT_LINES. */
  lines: TitleListReportLine[];
  /** Lines not listed beyond MAX_REPORT_LINES. */
  truncated: number;
  /** Present when the import was refused: why, in a sentence a person can act on. */
  refusal?: { code: string; message: string };
}

export function reportHeaderOf(header: KbartHeader): TitleListReportHeader {
  return {
    phase: header.phase,
    delimiter: header.delimiter === '\t' ? 'tab' : header.delimiter,
    columns: Object.entries(header.columns).flatMap(([column, matched]) => (matched ? [{ column, name: matched.name, how: matched.how }] : [])),
    extras: header.extras.map((extra) => extra.name),
    missing: header.missing,
    duplicates: header.duplicates.map((duplicate) => ({ column: duplicate.column, positions: duplicate.indexes.map((index) => index + 1) })),
    importable: header.importable,
  };
}

/** Collects report lines up to the cap, counting the rest. */
export class ReportLines {
  readonly lines: TitleListReportLine[] = [];
  truncated = 0;

  constructor(private readonly max: number = MAX_REPORT_LINES) {}

  add(line: TitleListReportLine): void {
    if (this.lines.length < this.max) this.lines.push(line);
    else this.truncated += 1;
  }
}
