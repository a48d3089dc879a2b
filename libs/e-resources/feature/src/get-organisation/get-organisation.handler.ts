import { Injectable } from '@nestjs/common';
import { Reflecting, RegisterReads } from '../register-shared/register-reads';
import { OrganisationView, organisationView } from '../register-shared/register-views';

@Injectable()
export class GetOrganisationHandler {
  constructor(private readonly register: RegisterReads) {}

  async execute(organisationId: string, minPosition: number | undefined): Promise<OrganisationView & Reflecting> {
    const { view, fresh } = await this.register.snapshot(minPosition);
    return { ...organisationView(await this.register.organisation(view, organisationId)), position: view.position, fresh };
  }
}
