import { RuleViolation } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { FolioImportStep, FolioLicenceJson, FolioLicencePlan, FolioTermMapping, LedgerNow } from '@era/licensing-folio';
import { FolioImportReport, folioImportReport, FolioLicenceResult } from './folio-import-report';
import { screenStep } from './folio-import-screen';

/** The pure planner (libs/licensing/folio): which licence a record is, and the steps that record it as the ledger stands. */
export interface FolioPlanner {
  /** undefined when the record names no licence the ledger could hold (its plan then says why). */
  licenceIdOf(record: FolioLicenceJson): string | undefined;
  plan(record: FolioLicenceJson, now: LedgerNow, mapping: FolioTermMapping): FolioLicencePlan;
}

/** Where the steps go: the ledger itself, or (a dry run) states folded in memory from it. */
export interface FolioImportLedger {
  /** The licence (none without an id), the vocabulary and the lists as the next decision will see them. */
  ledgerNow(licenceId: string | undefined): Promise<LedgerNow>;
  /** Decides one step (and records it, unless a dry run); how many events it appended. Throws the step's refusal. */
  send(step: FolioImportStep, metadata: AppendMetadata): Promise<number>;
  /** Events the steps appended so far. */
  appended(): number;
  /** Global position of the last event a step wrote or found (0 when none): what a reader waits for. */
  position(): number;
}

export interface FolioImportOptions {
  planner: FolioPlanner;
  mapping: FolioTermMapping;
  dryRun: boolean;
  /** The metadata of every event: the staff member importing, source `import`; `imported` is each step's provenance. */
  metadata: Omit<AppendMetadata, 'imported' | 'causationId'>;
  /** Called after each licence, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** A fresh id per step, to name the step as the cause of its events. */
  newId: () => string;
}

/**
 * Records each licence of the file through the command path, in file order: the planner says what to record given
 * what the ledger holds, each step is screened and decided as the API would screen and decide it, and a refused step
 * stops that licence (the next licences go on). Idempotent: a licence held as it is plans nothing or decides nothing.
 */
export async function runFolioImport(records: readonly FolioLicenceJson[], ledger: FolioImportLedger, options: FolioImportOptions): Promise<FolioImportReport> {
  const results: FolioLicenceResult[] = [];
  for (const [index, record] of records.entries()) {
    results.push(await importOne(record, ledger, options));
    options.onProgress?.(index + 1, records.length);
  }
  return folioImportReport(options.dryRun, options.dryRun ? 0 : ledger.appended(), results, ledger.position());
}

async function importOne(record: FolioLicenceJson, ledger: FolioImportLedger, options: FolioImportOptions): Promise<FolioLicenceResult> {
  const licenceId = options.planner.licenceIdOf(record);
  const now = await ledger.ledgerNow(licenceId);
  const plan = options.planner.plan(record, now, options.mapping);
  const existed = now.licence.exists;
  let events = 0;
  for (const [index, step] of plan.steps.entries()) {
    const refused = (code: string, message: string): FolioLicenceResult => {
      const refusal = { step: index, command: step.command.type, code, message };
      const line = {
        sourceId: plan.sourceId,
        licenceName: plan.licenceName,
        path: '',
        outcome: 'refused' as const,
        detail: `${step.command.type} refused: ${message}`,
      };
      return { ...identity(plan), outcome: 'refused', events, refusal, report: [...plan.report, line] };
    };
    const screened = screenStep(step);
    if (screened) return refused(screened.code, screened.message);
    try {
      events += await ledger.send(step, { ...options.metadata, causationId: options.newId(), imported: { ...step.imported } });
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      return refused(error.rule, error.message);
    }
  }
  const refusedWhole = plan.steps.length === 0 && !existed && plan.report.some((line) => line.outcome === 'refused');
  const outcome = refusedWhole ? 'refused' : events === 0 ? 'unchanged' : existed ? 'updated' : 'imported';
  return { ...identity(plan), outcome, events, report: plan.report };
}

const identity = (plan: FolioLicencePlan) => ({ sourceId: plan.sourceId, licenceId: plan.licenceId, licenceName: plan.licenceName });
