import { Folded } from '@era/decider';
import {
  defaultLicenceLists,
  defaultVocabulary,
  initialLicence,
  LicenceEvent,
  LicenceListsState,
  licenceDecider,
  licenceListsDecider,
  LicenceState,
  VocabularyState,
  vocabularyDecider,
} from '@era/licensing-domain';
import { FolioImportStep, FolioLicencePlan, LedgerNow } from '../folio-migration';

/** The import's actor in tests: the librarian who runs the migration. */
export const IMPORTER = { id: 's-importer', role: 'librarian' };

/**
 * A ledger in memory that takes an import plan's steps through the real deciders, as the command path does, with the
 * provenance each step carries in its metadata; the vocabulary and lists start as the service seeds them.
 */
export class InMemoryLedger {
  vocabulary: VocabularyState = defaultVocabulary;
  lists: LicenceListsState = defaultLicenceLists;
  readonly licences = new Map<string, LicenceState>();
  readonly events: { stream: string; type: string }[] = [];

  constructor(private readonly clock: () => Date = () => new Date('2026-12-03T17:00:00Z')) {}

  now(licenceId: string): LedgerNow {
    return { licence: this.licences.get(licenceId) ?? initialLicence, vocabulary: this.vocabulary, lists: this.lists };
  }

  licence(licenceId: string): Extract<LicenceState, { exists: true }> {
    const state = this.licences.get(licenceId);
    if (!state?.exists) throw new Error(`licence ${licenceId} is not in the ledger`);
    return state;
  }

  /** Every step in order; a refusal throws (the decider's LicenceRuleViolation), naming the step. */
  apply(plan: FolioLicencePlan): void {
    for (const step of plan.steps) this.applyStep(step);
  }

  /** As the import's wiring does: steps in order until one is refused, which stops the licence; the refusal's rule code and message. */
  tryApply(plan: FolioLicencePlan): { rule: string; message: string } | undefined {
    try {
      this.apply(plan);
      return undefined;
    } catch (error) {
      const cause = error instanceof Error ? error.cause : undefined;
      const code = typeof cause === 'object' && cause !== null && 'rule' in cause ? String(cause.rule) : 'unknown';
      return { rule: code, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private applyStep(step: FolioImportStep): void {
    const metadata = { actor: IMPORTER, recordedAt: this.clock().toISOString(), imported: step.imported };
    try {
      if (step.stream === 'vocabulary') {
        for (const event of vocabularyDecider.decide(step.command, this.vocabulary, { now: this.clock() })) {
          this.vocabulary = vocabularyDecider.evolve(this.vocabulary, { ...event, metadata });
          this.events.push({ stream: 'vocabulary', type: event.type });
        }
      } else if (step.stream === 'lists') {
        for (const event of licenceListsDecider.decide(step.command, this.lists, { now: this.clock() })) {
          this.lists = licenceListsDecider.evolve(this.lists, { ...event, metadata });
          this.events.push({ stream: 'lists', type: event.type });
        }
      } else {
        let state = this.licences.get(step.licenceId) ?? initialLicence;
        const context = { now: this.clock(), vocabulary: this.vocabulary, lists: this.lists, staffRoleOf: () => undefined };
        for (const event of licenceDecider.decide(step.command, state, context)) {
          state = licenceDecider.evolve(state, { ...event, metadata } as Folded<LicenceEvent>);
          this.events.push({ stream: step.licenceId, type: event.type });
        }
        this.licences.set(step.licenceId, state);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${step.command.type} (${step.stream}) refused: ${message}\n${JSON.stringify(step.command.data).slice(0, 600)}`, { cause: error });
    }
  }
}
