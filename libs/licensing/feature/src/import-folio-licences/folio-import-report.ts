import { FolioReportLine, FolioReportOutcome } from '@era/licensing-folio';

const VALUE_OUTCOMES: readonly FolioReportOutcome[] = ['mapped', 'defined', 'unchanged', 'corrected', 'refused'];

/** What became of one licence of the file. */
export const FOLIO_LICENCE_OUTCOMES = ['imported', 'updated', 'unchanged', 'refused'] as const;
export type FolioLicenceOutcome = (typeof FOLIO_LICENCE_OUTCOMES)[number];

/** The step a licence stopped at, with the rule that refused it, as the API would answer that command. */
export interface FolioStepRefusal {
  /** Index of the step in the licence's plan. */
  step: number;
  /** The refused command's type, e.g. RecordVersion. */
  command: string;
  code: string;
  message: string;
}

export interface FolioLicenceResult {
  sourceId: string;
  licenceId: string;
  licenceName: string;
  /**
   * imported: new here; updated: corrections appended to a licence imported before; unchanged: the ledger already held
   * it as it is; refused: a step was refused, so the licence stopped there (steps before it stay recorded).
   */
  outcome: FolioLicenceOutcome;
  /** Events appended for this licence (in a dry run: that would be). */
  events: number;
  refusal?: FolioStepRefusal;
  /** Every value of the source record and what became of it. */
  report: FolioReportLine[];
}

export interface FolioImportReport {
  dryRun: boolean;
  /** Events the import's steps appended (0 in a dry run); the default vocabulary and lists, seeded once on first use, are not counted. */
  appended: number;
  /** Global position of the last event the import wrote or found (0 in a dry run): pass as X-Min-Position to read it. */
  position: number;
  counts: { licences: Record<FolioLicenceOutcome, number>; values: Record<FolioReportOutcome, number> };
  licences: FolioLicenceResult[];
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** The report of a run: per licence in file order, with counts per outcome of licences and of values. */
export function folioImportReport(dryRun: boolean, appended: number, licences: FolioLicenceResult[], position: number): FolioImportReport {
  const counts = { licences: zeroes(FOLIO_LICENCE_OUTCOMES), values: zeroes(VALUE_OUTCOMES) };
  for (const licence of licences) {
    counts.licences[licence.outcome] += 1;
    for (const line of licence.report) counts.values[line.outcome] += 1;
  }
  return { dryRun, appended, position, counts, licences };
}
