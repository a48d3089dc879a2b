import { Injectable } from '@nestjs/common';
import { OrganisationRole } from '@era/e-resources-domain';
import { OrganisationDocument, REGISTER_COLLECTIONS } from '@era/projection-e-resource-register';
import { ReadDocument } from '@era/read-store';
import { Reflecting, RegisterReads } from '../register-shared/register-reads';
import { OrganisationView, organisationView } from '../register-shared/register-views';

export interface OrganisationList extends Reflecting {
  /** In library filing order of their names. */
  organisations: OrganisationView[];
}

@Injectable()
export class ListOrganisationsHandler {
  constructor(private readonly register: RegisterReads) {}

  async execute(role: OrganisationRole | undefined, minPosition: number | undefined): Promise<OrganisationList> {
    const { view, fresh } = await this.register.snapshot(minPosition);
    const organisations: OrganisationView[] = [];
    for await (const document of view.findAll<OrganisationDocument & ReadDocument>(REGISTER_COLLECTIONS.organisations, { sort: { field: 'filingKey' } })) {
      if (role === undefined || document.roles.includes(role)) organisations.push(organisationView(document));
    }
    return { organisations, position: view.position, fresh };
  }
}
