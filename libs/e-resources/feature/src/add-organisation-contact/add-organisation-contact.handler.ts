import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { AddOrganisationContact } from '@era/e-resources-domain';
import { OrganisationCommands } from '../register-shared/organisation-commands';
import { RegisterWrite } from '../register-shared/register-write';

export type AddContactRequest = Omit<AddOrganisationContact['data'], 'contactId'> & { contactId?: string };

/** The contact gets the id the client chose, or a new one; the answer names the contact. */
@Injectable()
export class AddOrganisationContactHandler {
  constructor(private readonly organisations: OrganisationCommands) {}

  async execute(data: AddContactRequest, metadata: AppendMetadata, expectedRevision?: number): Promise<RegisterWrite> {
    const contactId = canonicalId(data.contactId ?? randomUUID());
    const written = await this.organisations.handle({ type: 'AddOrganisationContact', data: { ...data, contactId } }, metadata, expectedRevision);
    return { ...written, id: contactId };
  }
}
