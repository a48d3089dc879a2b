import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { LicenceCommand, licenceDecider, LicensingContext, legacyLicenceLists } from '@era/licensing-domain';
import { CommandPath, StaffDirectory } from '@era/platform';
import { VocabularySeeder } from './vocabulary-seeder';

/** What licence decisions need besides the command, the licence and the time (which the command path adds). */
export type LicensingContextWithoutTime = Omit<LicensingContext, 'now'>;

/** The vocabulary as it stands and the staff directory, for the licence decider. */
@Injectable()
export class LicensingContextSource {
  constructor(
    private readonly vocabulary: VocabularySeeder,
    private readonly staff: StaffDirectory,
    private readonly commands: CommandPath,
  ) {}

  /** Taken afresh for every attempt of a command. */
  readonly context = async (): Promise<LicensingContextWithoutTime> => this.withVocabulary((await this.vocabulary.current()).state);

  /**
   * For a licence command that checks terms against the vocabulary: while the log holds no vocabulary, the command is
   * first decided against the defaults in memory; a refusal seeds nothing, an accepted one seeds before it is appended.
   */
  seedVocabularyFor(streamId: string, command: LicenceCommand, cause: AppendMetadata): Promise<void> {
    return this.vocabulary.seedUnlessRefused(cause, async (defaults) => {
      const { state } = await this.commands.load(streamId, licenceDecider);
      return licenceDecider.decide(command, state, { ...this.withVocabulary(defaults), now: this.commands.now() });
    });
  }

  private withVocabulary(vocabulary: LicensingContext['vocabulary']): LicensingContextWithoutTime {
    return { vocabulary, lists: legacyLicenceLists, staffRoleOf: (staffId) => this.staff.findById(staffId)?.role };
  }
}
