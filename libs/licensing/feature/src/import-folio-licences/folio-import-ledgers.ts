import { Injectable } from '@nestjs/common';
import { canonicalId, DomainEvent, Folded } from '@era/decider';
import { CommandOutcome } from '@era/command-handling';
import { AppendMetadata } from '@era/event-store';
import {
  initialLicence,
  LICENCE_LISTS_STREAM,
  LicenceListsState,
  licenceDecider,
  licenceListsDecider,
  LicenceState,
  licenceStream,
  VOCABULARY_STREAM,
  vocabularyDecider,
  VocabularyState,
} from '@era/licensing-domain';
import { FolioImportStep } from '@era/licensing-folio';
import { CommandPath } from '@era/platform';
import { LicensingContextSource, LicensingContextWithoutTime } from '../shared/licensing-context';
import { VocabularySeeder } from '../shared/vocabulary-seeder';
import { LicenceListsSeeder } from '../shared/licence-lists-seeder';
import { FolioImportLedger } from './folio-import-run';

/**
 * The ledger an import writes to, through the same command path, deciders and licensing context as the API's
 * handlers (seeding the vocabulary and the lists the way they do), or a dry run of it: every step decided against
 * states folded in memory from the ledger, nothing appended.
 */
@Injectable()
export class FolioImportLedgers {
  constructor(
    private readonly commands: CommandPath,
    private readonly vocabulary: VocabularySeeder,
    private readonly lists: LicenceListsSeeder,
    private readonly licensing: LicensingContextSource,
  ) {}

  live(): FolioImportLedger {
    let appended = 0;
    let position = 0;
    return {
      ledgerNow: async (licenceId) => {
        const { vocabulary, lists } = await this.licensing.context();
        const licence = licenceId === undefined ? initialLicence : (await this.commands.load(licenceStream(canonicalId(licenceId)), licenceDecider)).state;
        return { licence, vocabulary, lists };
      },
      send: async (step, metadata) => {
        const outcome = await this.sendLive(step, metadata);
        appended += outcome.events.length;
        position = Math.max(position, outcome.position);
        return outcome.events.length;
      },
      appended: () => appended,
      position: () => position,
    };
  }

  /** One step as the API's handler for its command sends it: the vocabulary and lists seeded first where the log holds none. */
  private async sendLive(step: FolioImportStep, metadata: AppendMetadata): Promise<CommandOutcome<unknown>> {
    const now = this.commands.now();
    switch (step.stream) {
      case 'vocabulary':
        await this.vocabulary.seedUnlessRefused(metadata, (defaults) => vocabularyDecider.decide(step.command, defaults, { now }));
        return this.commands.handle(VOCABULARY_STREAM, vocabularyDecider, step.command, { metadata });
      case 'lists':
        await this.lists.seedUnlessRefused(metadata, (defaults) => licenceListsDecider.decide(step.command, defaults, { now }));
        return this.commands.handle(LICENCE_LISTS_STREAM, licenceListsDecider, step.command, { metadata });
      case 'licence': {
        const streamId = licenceStream(canonicalId(step.licenceId));
        await this.licensing.seedVocabularyFor(streamId, step.command, metadata);
        return this.commands.handle(streamId, licenceDecider, step.command, { metadata, context: this.licensing.context });
      }
    }
  }

  /** Every step decided against states folded in memory, starting from the ledger as it stands: nothing is appended. */
  async dryRun(): Promise<FolioImportLedger> {
    const context = await this.licensing.context();
    let vocabulary: VocabularyState = context.vocabulary;
    let lists: LicenceListsState = context.lists;
    const licences = new Map<string, LicenceState>();
    const licenceNow = async (licenceId: string | undefined): Promise<LicenceState> => {
      if (licenceId === undefined) return initialLicence;
      const id = canonicalId(licenceId);
      const known = licences.get(id) ?? (await this.commands.load(licenceStream(id), licenceDecider)).state;
      licences.set(id, known);
      return known;
    };
    return {
      ledgerNow: async (licenceId) => ({ licence: await licenceNow(licenceId), vocabulary, lists }),
      send: async (step, metadata) => {
        const now = this.commands.now();
        const folded = <E extends DomainEvent>(event: E): Folded<E> => ({ ...event, metadata: recordedBy(metadata, now) });
        switch (step.stream) {
          case 'vocabulary': {
            const events = vocabularyDecider.decide(step.command, vocabulary, { now });
            vocabulary = events.map(folded).reduce(vocabularyDecider.evolve, vocabulary);
            return events.length;
          }
          case 'lists': {
            const events = licenceListsDecider.decide(step.command, lists, { now });
            lists = events.map(folded).reduce(licenceListsDecider.evolve, lists);
            return events.length;
          }
          case 'licence': {
            const id = canonicalId(step.licenceId);
            const state = await licenceNow(id);
            const decisionContext: LicensingContextWithoutTime = { ...context, vocabulary, lists };
            const events = licenceDecider.decide(step.command, state, { ...decisionContext, now });
            licences.set(id, events.map(folded).reduce(licenceDecider.evolve, state));
            return events.length;
          }
        }
      },
      appended: () => 0,
      position: () => 0,
    };
  }
}

const recordedBy = (metadata: AppendMetadata, now: Date) => ({
  actor: metadata.actor,
  recordedAt: now.toISOString(),
  ...(metadata.imported && { imported: metadata.imported }),
});
