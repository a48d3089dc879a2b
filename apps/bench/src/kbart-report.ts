import { KbartFile } from './kbart-file';
import { ReplayFigures } from './replay-rate';

/** The KBART import step's figures: the generated file, csv-parse alone over it (baseline), the whole import. */
export interface KbartSummary {
  file: KbartFile;
  parse: ReplayFigures;
  importing: ReplayFigures;
}

/** The import's goal against csv-parse alone reading the same file (issue 12). */
export const KBART_RATIO_GOAL = 0.3;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (n: number) => `${n.toFixed(1)} s`;
export const kbartRatio = (k: KbartSummary) => k.importing.perSecond / k.parse.perSecond;

export function describeKbartFile(f: KbartFile): string {
  return (
    `  ${int(f.rows)} rows (${int(f.serialRows)} serial, ${int(f.monographRows)} monograph; ${int(f.multiRangeTitles)} serial titles in several ranges; ` +
    `${int(f.dirtyRows)} with a value to repair or report, ${int(f.badRows)} without identifier or repeated), ${mb(f.bytes)}, written in ${secs(f.seconds)}`
  );
}

const memory = (f: ReplayFigures) =>
  `peak RSS ${mb(f.memory.peakRss)} (kernel maxrss ${mb(f.memory.maxRss)}, baseline ${mb(f.memory.baselineRss)}), peak heapUsed ${mb(f.memory.peakHeapUsed)} (baseline ${mb(f.memory.baselineHeapUsed)}), longest event-loop stall ${secs(f.maxEventLoopStallMs / 1000)}`;

export function describeKbartParse(f: ReplayFigures): string {
  return `  ${int(f.events)} records in ${secs(f.seconds)}: ${int(f.perSecond)} rows/s\n  ${memory(f)}`;
}

export function describeKbartImport(k: KbartSummary): string {
  const f = k.importing;
  const s = f.kbart;
  return [
    `  ${int(f.events)} rows in ${secs(f.seconds)}: ${int(f.perSecond)} rows/s; import/csv-parse ${kbartRatio(k).toFixed(2)} (goal ≥ ${KBART_RATIO_GOAL.toFixed(2)})`,
    ...(s
      ? [
          `  ${int(s.imported)} imported (${int(s.repaired)} repaired), ${int(s.rejected)} rejected, ${int(s.duplicates)} duplicates; ${int(s.titles)} titles; ${f.detail ?? ''}`,
        ]
      : []),
    `  ${memory(f)}`,
  ].join('\n');
}

/** The import recorded a version and read every row of the file; the ratio is reported against its goal, not failed on. */
export function kbartChecks(k: KbartSummary | undefined): [string, string | undefined][] {
  if (!k) return [];
  const read = k.importing.kbart?.rows ?? 0;
  const ok = k.importing.ok === true && read === k.file.rows && k.parse.events === k.file.rows;
  return [
    [
      'KBART import',
      `${ok ? 'OK' : 'MISMATCH'}: ${k.importing.detail ?? ''}; ${int(read)} rows read by the importer, ${int(k.parse.events)} by csv-parse (${int(k.file.rows)} written); ` +
        `ratio ${kbartRatio(k).toFixed(2)} ${kbartRatio(k) >= KBART_RATIO_GOAL ? 'meets' : 'misses'} the goal of ${KBART_RATIO_GOAL.toFixed(2)}`,
    ],
  ];
}

/** Rows of the closing table. */
export function kbartSummaryRows(k: KbartSummary): [string, string, string][] {
  const f = k.importing;
  return [
    [
      `KBART file, csv-parse alone (${int(k.file.rows)} rows, ${mb(k.file.bytes)}; baseline)`,
      `${int(k.parse.perSecond)} rows/s`,
      `${secs(k.parse.seconds)} wall; peak RSS ${mb(k.parse.memory.peakRss)}`,
    ],
    [
      'KBART import → title list (decode, parse, normalise, group, documents, SQLite)',
      `${int(f.perSecond)} rows/s`,
      `${secs(f.seconds)} wall; import/csv-parse ${kbartRatio(k).toFixed(2)} (goal ≥ ${KBART_RATIO_GOAL.toFixed(2)}); peak RSS ${mb(f.memory.peakRss)} (base ${mb(f.memory.baselineRss)}); ` +
        `peak heap ${mb(f.memory.peakHeapUsed)} (base ${mb(f.memory.baselineHeapUsed)}); event loop blocked up to ${secs(f.maxEventLoopStallMs / 1000)}`,
    ],
  ];
}
