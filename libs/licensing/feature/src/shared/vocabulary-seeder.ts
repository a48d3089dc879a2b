import { Injectable, Logger } from '@nestjs/common';
import { AppendMetadata, NO_STREAM_REVISION } from '@era/event-store';
import { defaultVocabulary, SEED_VOCABULARY, VOCABULARY_STREAM, vocabularyDecider, VocabularyState } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';

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
 * requests racing to seed: the loser's append conflicts, is decided again on the winner's seed, and adds nothing.
 */
@Injectable()
export class VocabularySeeder {
  private readonly logger = new Logger('Vocabulary');

  constructor(private readonly commands: CommandPath) {}

  async current(): Promise<CurrentVocabulary> {
    const { state, revision } = await this.commands.load(VOCABULARY_STREAM, vocabularyDecider);
    return revision === NO_STREAM_REVISION ? { state: defaultVocabulary, seeded: false } : { state, seeded: true };
  }

  /**
   * Seeds the log before a write that needs the vocabulary, unless the write is refused: `decide` takes the write's
   * decision against the defaults in memory and throws its refusal, which then seeds nothing. The seed is the
   * service's own event, tied to the request that needed it.
   */
  async seedUnlessRefused(cause: AppendMetadata, decide: (defaults: VocabularyState) => unknown): Promise<void> {
    const vocabulary = await this.current();
    if (vocabulary.seeded) return;
    await decide(vocabulary.state);
    const metadata: AppendMetadata = {
      actor: { id: 'system', role: 'system' },
      reason: 'default licence-term vocabulary, seeded on first use',
      correlationId: cause.correlationId,
      causationId: cause.causationId,
      source: 'system',
    };
    const outcome = await this.commands.handle(VOCABULARY_STREAM, vocabularyDecider, SEED_VOCABULARY, { metadata });
    if (outcome.appended) this.logger.log('seeded the default licence-term vocabulary');
  }
}
