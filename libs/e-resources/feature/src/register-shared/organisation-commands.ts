import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { OrganisationCommand, organisationDecider, organisationStream } from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { organisationLocation } from './register-locations';
import { RegisterWrite } from './register-write';

/** Any command on one organisation's stream (details, contacts), honouring the client's If-Match. */
@Injectable()
export class OrganisationCommands {
  constructor(private readonly commands: CommandPath) {}

  async handle(command: OrganisationCommand, metadata: AppendMetadata, expectedRevision?: number): Promise<RegisterWrite> {
    const id = command.data.organisationId;
    const outcome = await this.commands.handle(organisationStream(id), organisationDecider, command, { metadata, expectedRevision });
    return { id, outcome, location: organisationLocation(id) };
  }
}
