import { Injectable } from '@nestjs/common';
import { canonicalId, Command, DecisionContext, Decider } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import {
  EResourceEvent,
  eResourceStream,
  RESOURCE_TYPE_VOCABULARY_STREAM,
  ResourceTypeCommand,
  resourceTypeDecider,
  SUBJECT_VOCABULARY_STREAM,
  SubjectCommand,
  subjectDecider,
} from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { RegisterWrite } from './register-write';
import { ResourceTypeSeeder } from './resource-type-seeder';

/** Whether a resource's stream records its registration. */
const registration: Pick<Decider<Command, boolean, EResourceEvent, DecisionContext>, 'initialState' | 'evolve'> = {
  initialState: false,
  evolve: (registered, event) => registered || event.type === 'EResourceRegistered',
};

/** Commands on the two vocabulary streams; the answer names the term's key. */
@Injectable()
export class VocabularyCommands {
  constructor(
    private readonly commands: CommandPath,
    private readonly seeder: ResourceTypeSeeder,
  ) {}

  /** Decided against the defaults first while the log holds no resource types: a refusal seeds nothing. */
  async resourceType(
    command: Exclude<ResourceTypeCommand, { type: 'SeedResourceTypes' }>,
    metadata: AppendMetadata,
    expectedRevision?: number,
  ): Promise<RegisterWrite> {
    await this.seeder.seedUnlessRefused(metadata, (defaults) => resourceTypeDecider.decide(command, defaults, { now: this.commands.now() }));
    const outcome = await this.commands.handle(RESOURCE_TYPE_VOCABULARY_STREAM, resourceTypeDecider, command, { metadata, expectedRevision });
    return { id: command.data.key, outcome };
  }

  async subject(command: SubjectCommand, metadata: AppendMetadata, expectedRevision?: number): Promise<RegisterWrite> {
    const named = command.type === 'ChooseSubjectBestBets' ? command.data.resourceIds : [];
    const context = async () => ({ registeredResources: await this.registered(named) });
    const outcome = await this.commands.handle(SUBJECT_VOCABULARY_STREAM, subjectDecider, command, { metadata, expectedRevision, context });
    return { id: command.data.key, outcome };
  }

  /** Which of the named e-resources are registered (at most a best-bet list's few, each its own stream). */
  private async registered(resourceIds: readonly string[]): Promise<Set<string>> {
    const registered = new Set<string>();
    for (const id of new Set(resourceIds)) {
      if ((await this.commands.load(eResourceStream(id), registration)).state) registered.add(canonicalId(id));
    }
    return registered;
  }
}
