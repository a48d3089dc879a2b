import { ImportSummary, StoredFile, TitleListChanges } from '@era/holdings-domain';

/** A vendor's file to import into a package's title list. */
export interface TitleListImportInput {
  resourceId: string;
  /** The bytes as they arrive (an HTTP body, a file stream): read once, stored and parsed in the same pass. */
  content: AsyncIterable<Uint8Array>;
  /** When known (Content-Length, file size): gives progress a percentage and an estimated time. */
  totalBytes?: number;
  fileName?: string;
  /** An encoding the client names instead of the detected one (`windows-1252`, `macintosh`, `utf-16le`, …). */
  encoding?: string;
  /** Refuse the whole file when any row is rejected (nothing recorded, the report still given). */
  strict?: boolean;
  /** YYYY-MM-DD; default today in the library's calendar. */
  effectiveFrom?: string;
  reason?: string;
}

/** How far an import is: sent often while it runs (at most a few times a second). */
export interface TitleListImportProgress {
  phase: 'reading' | 'recording' | 'done';
  bytesRead: number;
  totalBytes?: number;
  /** Data rows read so far. */
  rows: number;
  rowsPerSecond: number;
  /** Seconds left, when totalBytes is known and the rate is measurable. */
  secondsLeft?: number;
}

/** What an import ended with. `refused`: nothing recorded (strict with rejected rows, no importable header, …). */
export interface TitleListImportOutcome {
  outcome: 'imported' | 'unchanged' | 'refused';
  resourceId: string;
  /** The version recorded (imported) or matched (unchanged). */
  version?: number;
  summary: ImportSummary;
  changes?: TitleListChanges;
  /** The row report, stored (also for a refused import, so that the associate can act on it). */
  report: StoredFile;
  /** Present when refused: a problem code and a sentence a person can act on. */
  refusal?: { code: string; message: string };
  /** Position of the last event appended, for read-your-writes. */
  position?: number;
}
