import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { organisationDecider, organisationStream, RegisterOrganisation } from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { organisationLocation } from '../register-shared/register-locations';
import { RegisterWrite } from '../register-shared/register-write';

/** A client may choose the id (`ebsco`, or a UUID so that a retry registers once); otherwise it gets a new UUID. */
export type RegisterOrganisationRequest = Omit<RegisterOrganisation['data'], 'organisationId'> & { organisationId?: string };

@Injectable()
export class RegisterOrganisationHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute(data: RegisterOrganisationRequest, metadata: AppendMetadata): Promise<RegisterWrite> {
    const id = canonicalId(data.organisationId ?? randomUUID());
    const command: RegisterOrganisation = { type: 'RegisterOrganisation', data: { ...data, organisationId: id } };
    const outcome = await this.commands.handle(organisationStream(id), organisationDecider, command, { metadata });
    return { id, outcome, location: organisationLocation(id) };
  }
}
