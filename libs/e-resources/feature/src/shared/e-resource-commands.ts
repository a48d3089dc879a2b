import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { EResourceCommand, eResourceDecider, eResourceStream, RegisterEResource, requireResourceId, ReviseEResourceDetails } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { APP_CONFIG, AppConfig, CommandPath } from '@era/platform';
import { RegisteredReferencesReader } from './registered-references';
import { ResourceVocabularyKeysReader } from './resource-vocabulary-keys';
import { EResourceWrite } from './write-accepted';

/** A command on one resource's stream, decided by the e-resource decider; ids answered in canonical form. */
@Injectable()
export class EResourceCommands {
  constructor(
    private readonly commands: CommandPath,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly vocabularies: ResourceVocabularyKeysReader,
    private readonly references: RegisteredReferencesReader,
  ) {}

  async handle(command: EResourceCommand, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    // An id outside the resource-id alphabet names no stream: refused (400) before the store is asked.
    const id = requireResourceId(command.data.resourceId);
    const outcome = await this.commands.handle(eResourceStream(id), eResourceDecider, command, {
      metadata,
      expectedRevision,
      context: async () => ({
        timeZone: this.config.timeZone,
        ...(choosesTerms(command) && (await this.checksOf(command))),
      }),
    });
    const activationId = 'activationId' in command.data ? canonicalId(command.data.activationId) : undefined;
    return { id, ...(activationId !== undefined && { activationId }), outcome };
  }

  /** What a registration or revision is checked against: the vocabularies and the register entries it names, read at once. */
  private async checksOf(command: RegisterEResource | ReviseEResourceDetails) {
    const [vocabulary, register] = await Promise.all([this.vocabularies.current(), this.references.of(command.data)]);
    return { vocabulary, register };
  }
}

/** Only a registration or a revision of details chooses a type, subjects, a platform and a vendor. */
const choosesTerms = (command: EResourceCommand): command is RegisterEResource | ReviseEResourceDetails =>
  command.type === 'RegisterEResource' || command.type === 'ReviseEResourceDetails';
