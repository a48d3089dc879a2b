import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import {
  isRegisterId,
  organisationDecider,
  organisationStream,
  OrganisationState,
  PlatformCommand,
  platformDecider,
  platformStream,
} from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { platformLocation } from './register-locations';
import { RegisterWrite } from './register-write';

/** A command on one platform's stream, decided with the provider it names as that organisation stands. */
@Injectable()
export class PlatformCommands {
  constructor(private readonly commands: CommandPath) {}

  async handle(command: PlatformCommand, metadata: AppendMetadata, expectedRevision?: number): Promise<RegisterWrite> {
    const id = command.data.platformId;
    const context = async () => ({ provider: await this.provider(command.data.providerId) });
    const outcome = await this.commands.handle(platformStream(id), platformDecider, command, { metadata, expectedRevision, context });
    return { id, outcome, location: platformLocation(id) };
  }

  private async provider(providerId: string): Promise<OrganisationState> {
    if (!isRegisterId(providerId)) return { exists: false };
    return (await this.commands.load(organisationStream(providerId), organisationDecider)).state;
  }
}
