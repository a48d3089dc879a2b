import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { LicenceCommand, licenceDecider, LicenceListsState, LicensingContext, VocabularyState } from '@era/licensing-domain';
import { CommandPath, StaffDirectory } from '@era/platform';
import { LicenceListsSeeder } from './licence-lists-seeder';
import { VocabularySeeder } from './vocabulary-seeder';

/** What licence decisions need besides the command, the licence and the time (which the command path adds). */
export type LicensingContextWithoutTime = Omit<LicensingContext, 'now'>;

/** Licence commands that read the licence lists (types, statuses, roles, document types, amendment statuses). */
const READS_LISTS: ReadonlySet<LicenceCommand['type']> = new Set([
  'DraftLicence',
  'CorrectLicenceDetails',
  'RecordLicenceStatus',
  'CorrectLicenceStatus',
  'RecordVersion',
  'CorrectVersion',
  'AttachDocument',
  'ReferenceDocument',
]);

/** The vocabulary and the licence lists as they stand, and the staff directory, for the licence decider. */
@Injectable()
export class LicensingContextSource {
  constructor(
    private readonly vocabulary: VocabularySeeder,
    private readonly lists: LicenceListsSeeder,
    private readonly staff: StaffDirectory,
    private readonly commands: CommandPath,
  ) {}

  /** Taken afresh for every attempt of a command. */
  readonly context = async (): Promise<LicensingContextWithoutTime> => {
    const [vocabulary, lists] = await Promise.all([this.vocabulary.current(), this.lists.current()]);
    return this.contextOf(vocabulary.state, lists.state);
  };

  /**
   * For a licence command that checks terms against the vocabulary: while the log holds no vocabulary, the command is
   * first decided against the defaults in memory; a refusal seeds nothing, an accepted one seeds before it is appended.
   * The licence lists are seeded alike, for the commands that read them (versions read amendment statuses).
   */
  async seedVocabularyFor(streamId: string, command: LicenceCommand, cause: AppendMetadata): Promise<void> {
    await this.vocabulary.seedUnlessRefused(cause, async (defaults) => {
      const lists = (await this.lists.current()).state;
      return this.decideOn(streamId, command, this.contextOf(defaults, lists));
    });
    await this.seedListsFor(streamId, command, cause);
  }

  /** The same for a command that reads the licence lists: a refused one seeds nothing. Other commands seed nothing. */
  async seedListsFor(streamId: string, command: LicenceCommand, cause: AppendMetadata): Promise<void> {
    if (!READS_LISTS.has(command.type)) return;
    await this.lists.seedUnlessRefused(cause, async (defaults) => {
      const vocabulary = (await this.vocabulary.current()).state;
      return this.decideOn(streamId, command, this.contextOf(vocabulary, defaults));
    });
  }

  private async decideOn(streamId: string, command: LicenceCommand, context: LicensingContextWithoutTime): Promise<unknown> {
    const { state } = await this.commands.load(streamId, licenceDecider);
    return licenceDecider.decide(command, state, { ...context, now: this.commands.now() });
  }

  private contextOf(vocabulary: VocabularyState, lists: LicenceListsState): LicensingContextWithoutTime {
    return { vocabulary, lists, staffRoleOf: (staffId) => this.staff.findById(staffId)?.role };
  }
}
