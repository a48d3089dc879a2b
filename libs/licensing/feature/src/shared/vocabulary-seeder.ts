import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppendMetadata, ConcurrencyConflictError, EventStore, NO_STREAM_REVISION } from '@era/event-store';
import { decideSeedVocabulary, evolveVocabulary, VOCABULARY_STREAM, VocabularyState } from '@era/licensing-domain';
import { EVENT_STORE, loadStream } from '@era/platform';
import { vocabularyModel } from './stream-models';

export interface CurrentVocabulary {
  /** The vocabulary to decide against: the defaults, in memory, while the log holds none. */
  state: VocabularyState;
  /** Whether the log already holds the seed. */
  seeded: boolean;
}

/**
 * The term vocabulary, seeded into the log with the defaults by the first accepted write that needs it, as an event
 * of its own (so that history records which defaults were in force). Decisions are taken against the defaults in
 * memory first, so a refused request seeds nothing; a service that never touches licences writes nothing. Two
 * requests racing to seed: the loser's append conflicts, and the winner's seed stands.
 */
@Injectable()
export class VocabularySeeder {
  private readonly logger = new Logger('Vocabulary');

  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async current(): Promise<CurrentVocabulary> {
    const { state, revision } = await loadStream(this.events, VOCABULARY_STREAM, vocabularyModel);
    if (revision !== NO_STREAM_REVISION) return { state, seeded: true };
    return { state: decideSeedVocabulary(state).reduce(evolveVocabulary, state), seeded: false };
  }

  /** Appends the defaults, tied to the request whose accepted write needs them. */
  async seed(cause: AppendMetadata): Promise<void> {
    const { state, revision } = await loadStream(this.events, VOCABULARY_STREAM, vocabularyModel);
    if (revision !== NO_STREAM_REVISION) return;
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
  }
}
