import { Injectable, Logger } from '@nestjs/common';
import { AppendMetadata, NO_STREAM_REVISION } from '@era/event-store';
import {
  defaultResourceTypes,
  RESOURCE_TYPE_VOCABULARY_STREAM,
  resourceTypeDecider,
  ResourceTypeVocabularyState,
  SEED_RESOURCE_TYPES,
} from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';

/**
 * The resource-type vocabulary, seeded into the log with the defaults by the first accepted write that needs it, as an
 * event of its own (so that history records which defaults were in force), as the licence-term vocabulary is.
 * Decisions are taken against the defaults in memory first, so a refused request seeds nothing. Two requests racing to
 * seed: the loser's append conflicts, is decided again on the winner's seed, and adds nothing.
 */
@Injectable()
export class ResourceTypeSeeder {
  private readonly logger = new Logger('ResourceTypes');

  constructor(private readonly commands: CommandPath) {}

  /** The vocabulary to decide against: the defaults, in memory, while the log holds none. */
  async current(): Promise<{ state: ResourceTypeVocabularyState; seeded: boolean }> {
    const { state, revision } = await this.commands.load(RESOURCE_TYPE_VOCABULARY_STREAM, resourceTypeDecider);
    return revision === NO_STREAM_REVISION ? { state: defaultResourceTypes, seeded: false } : { state, seeded: true };
  }

  /** Seeds the log before a write that needs the vocabulary, unless `decide` (the write's decision against the defaults) refuses it. */
  async seedUnlessRefused(cause: AppendMetadata, decide: (defaults: ResourceTypeVocabularyState) => unknown): Promise<void> {
    const vocabulary = await this.current();
    if (vocabulary.seeded) return;
    decide(vocabulary.state);
    const metadata: AppendMetadata = {
      actor: { id: 'system', role: 'system' },
      reason: 'default e-resource types, seeded on first use',
      correlationId: cause.correlationId,
      causationId: cause.causationId,
      source: 'system',
    };
    const outcome = await this.commands.handle(RESOURCE_TYPE_VOCABULARY_STREAM, resourceTypeDecider, SEED_RESOURCE_TYPES, { metadata });
    if (outcome.appended) this.logger.log('seeded the default e-resource types');
  }
}
