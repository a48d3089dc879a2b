import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConcurrencyConflictError, EventStore, NO_STREAM_REVISION } from '@era/event-store';
import { decideSeedVocabulary, VOCABULARY_STREAM } from '@era/licensing-domain';
import { APP_CONFIG, AppConfig, EVENT_STORE, loadStream } from '@era/platform';
import { vocabularyModel } from './stream-models';

/**
 * Appends the default term vocabulary the first time the service starts, as an event of its own, so that history
 * records which defaults were in force. Two processes starting together may both try: the second one's append
 * conflicts and is ignored, since the first has seeded.
 */
@Injectable()
export class VocabularySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Vocabulary');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode === 'projector') return;
    const { state, revision } = await loadStream(this.events, VOCABULARY_STREAM, vocabularyModel);
    if (revision !== NO_STREAM_REVISION) return;
    const events = decideSeedVocabulary(state);
    if (events.length === 0) return;
    try {
      await this.events.append(VOCABULARY_STREAM, events, {
        expectedRevision: 'no_stream',
        metadata: { actor: { id: 'system', role: 'system' }, correlationId: randomUUID(), causationId: randomUUID(), source: 'system' },
      });
      this.logger.log('seeded the default licence-term vocabulary');
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
    }
  }
}
