import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppendMetadata, ConcurrencyConflictError, EventStore, NO_STREAM_REVISION } from '@era/event-store';
import { decideSeedVocabulary, VOCABULARY_STREAM, VocabularyState } from '@era/licensing-domain';
import { EVENT_STORE, loadStream } from '@era/platform';
import { vocabularyModel } from './stream-models';

/**
 * The term vocabulary, seeded with the defaults the first time a request needs it, as an event of its own so that
 * history records which defaults were in force. Seeding on first use (not at start-up) keeps a service that never
 * touches licences from writing anything, and ties the seed to the request that caused it. Two requests racing to
 * seed: the loser's append conflicts, and it reads the winner's seed.
 */
@Injectable()
export class VocabularySeeder {
  private readonly logger = new Logger('Vocabulary');

  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async seeded(cause: AppendMetadata): Promise<VocabularyState> {
    const { state, revision } = await loadStream(this.events, VOCABULARY_STREAM, vocabularyModel);
    if (revision !== NO_STREAM_REVISION) return state;
    try {
      await this.events.append(VOCABULARY_STREAM, decideSeedVocabulary(state), {
        expectedRevision: 'no_stream',
        metadata: {
          actor: { id: 'system', role: 'system' },
          reason: 'default licence-term vocabulary, seeded on first use',
          correlationId: cause.correlationId,
          causationId: cause.causationId,
          source: 'system',
        },
      });
      this.logger.log('seeded the default licence-term vocabulary');
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
    }
    return (await loadStream(this.events, VOCABULARY_STREAM, vocabularyModel)).state;
  }
}
