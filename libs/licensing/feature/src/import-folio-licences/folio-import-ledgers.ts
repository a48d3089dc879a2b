import { Injectable } from '@nestjs/common';
import { canonicalId, DomainEvent, Folded } from '@era/decider';
import { AppendMetadata, NO_STREAM_REVISION } from '@era/event-store';
import {
  defaultLicenceLists,
  initialLicence,
  LICENCE_LISTS_STREAM,
  LicenceListsState,
  licenceDecider,
  licenceListsDecider,
  LicenceState,
  licenceStream,
  SEED_LICENCE_LISTS,
  VOCABULARY_STREAM,
  vocabularyDecider,
  VocabularyState,
} from '@era/licensing-domain';
import { FolioImportStep } from '@era/licensing-folio';
import { CommandPath } from '@era/platform';
import { LicensingContextSource, LicensingContextWithoutTime } from '../shared/licensing-context';
import { VocabularySeeder } from '../shared/vocabulary-seeder';
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
    private readonly licensing: LicensingContextSource,
  ) {}

  live(): FolioImportLedger {
    let appended = 0;
    const count = (events: number) => ((appended += events), events);
    return {
      ledgerNow: async (licenceId) => {
        const { vocabulary, lists } = await this.licensing.context();
        const licence = licenceId === undefined ? initialLicence : (await this.commands.load(licenceStream(canonicalId(licenceId)), licenceDecider)).state;
        return { licence, vocabulary, lists };
      },
      send: async (step, metadata) => count(await this.sendLive(step, metadata, count)),
      appended: () => appended,
    };
  }

  private async sendLive(step: FolioImportStep, metadata: AppendMetadata, count: (events: number) => number): Promise<number> {
    const now = this.commands.now();
    switch (step.stream) {
      case 'vocabulary': {
        const seeded = await this.vocabulary.current();
        await this.vocabulary.seedUnlessRefused(metadata, (defaults) => vocabularyDecider.decide(step.command, defaults, { now }));
        if (!seeded.seeded && (await this.vocabulary.current()).seeded) count(1);
        return (await this.commands.handle(VOCABULARY_STREAM, vocabularyDecider, step.command, { metadata })).events.length;
      }
      case 'lists':
        count(await this.seedListsUnlessRefused(step, metadata));
        return (await this.commands.handle(LICENCE_LISTS_STREAM, licenceListsDecider, step.command, { metadata })).events.length;
      case 'licence': {
        const streamId = licenceStream(canonicalId(step.licenceId));
        const seeded = await this.vocabulary.current();
        await this.licensing.seedVocabularyFor(streamId, step.command, metadata);
        if (!seeded.seeded && (await this.vocabulary.current()).seeded) count(1);
        return (await this.commands.handle(streamId, licenceDecider, step.command, { metadata, context: this.licensing.context })).events.length;
      }
    }
  }

  /** As the vocabulary: while the log holds no lists, a list step is decided against the defaults first, and seeds them only if accepted. */
  private async seedListsUnlessRefused(step: Extract<FolioImportStep, { stream: 'lists' }>, cause: AppendMetadata): Promise<number> {
    const { revision } = await this.commands.load(LICENCE_LISTS_STREAM, licenceListsDecider);
    if (revision !== NO_STREAM_REVISION) return 0;
    licenceListsDecider.decide(step.command, defaultLicenceLists, { now: this.commands.now() });
    const metadata: AppendMetadata = {
      actor: { id: 'system', role: 'system' },
      reason: 'default licence lists, seeded on first use',
      correlationId: cause.correlationId,
      causationId: cause.causationId,
      source: 'system',
    };
    return (await this.commands.handle(LICENCE_LISTS_STREAM, licenceListsDecider, SEED_LICENCE_LISTS, { metadata })).events.length;
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
    };
  }
}

const recordedBy = (metadata: AppendMetadata, now: Date) => ({
  actor: metadata.actor,
  recordedAt: now.toISOString(),
  ...(metadata.imported && { imported: metadata.imported }),
});
