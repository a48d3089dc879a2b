import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { LicenceCommand, licenceDecider, licenceStream } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';
import { LicensingContextSource } from './licensing-context';
import { LicenceWrite } from './write-accepted';

/** A command on one licence's stream, decided with the vocabulary, the licence lists (seeded first where it reads them) and the staff directory; ids answered in canonical form. */
@Injectable()
export class LicenceCommands {
  constructor(
    private readonly commands: CommandPath,
    private readonly licensing: LicensingContextSource,
  ) {}

  async handle(command: LicenceCommand, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    const id = canonicalId(command.data.licenceId);
    await this.licensing.seedListsFor(licenceStream(id), command, metadata);
    const outcome = await this.commands.handle(licenceStream(id), licenceDecider, command, { metadata, expectedRevision, context: this.licensing.context });
    const versionId = 'versionId' in command.data ? canonicalId(command.data.versionId) : undefined;
    return { id, ...(versionId !== undefined && { versionId }), outcome };
  }
}
