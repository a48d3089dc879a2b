import { Injectable, Logger } from '@nestjs/common';
import { AppendMetadata, NO_STREAM_REVISION } from '@era/event-store';
import { defaultLicenceLists, LICENCE_LISTS_STREAM, licenceListsDecider, LicenceListsState, SEED_LICENCE_LISTS } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';

export interface CurrentLicenceLists {
  /** The lists to decide against: the defaults, in memory, while the log holds none. */
  state: LicenceListsState;
  /** Whether the log already holds the seed. */
  seeded: boolean;
}

/**
 * The licence lists, seeded into the log with the defaults by the first accepted write that needs them, as the term
 * vocabulary is (VocabularySeeder): decisions are taken against the defaults in memory first, so a refused request
 * seeds nothing; a racing second seed is decided again on the first and adds nothing.
 */
@Injectable()
export class LicenceListsSeeder {
  private readonly logger = new Logger('LicenceLists');

  constructor(private readonly commands: CommandPath) {}

  async current(): Promise<CurrentLicenceLists> {
    const { state, revision } = await this.commands.load(LICENCE_LISTS_STREAM, licenceListsDecider);
    return revision === NO_STREAM_REVISION ? { state: defaultLicenceLists, seeded: false } : { state, seeded: true };
  }

  /** Seeds the log before a write that needs the lists, unless `decide` (the write, against the defaults) refuses it. */
  async seedUnlessRefused(cause: AppendMetadata, decide: (defaults: LicenceListsState) => unknown): Promise<void> {
    const lists = await this.current();
    if (lists.seeded) return;
    await decide(lists.state);
    const metadata: AppendMetadata = {
      actor: { id: 'system', role: 'system' },
      reason: 'default licence lists, seeded on first use',
      correlationId: cause.correlationId,
      causationId: cause.causationId,
      source: 'system',
    };
    const outcome = await this.commands.handle(LICENCE_LISTS_STREAM, licenceListsDecider, SEED_LICENCE_LISTS, { metadata });
    if (outcome.appended) this.logger.log('seeded the default licence lists');
  }
}
