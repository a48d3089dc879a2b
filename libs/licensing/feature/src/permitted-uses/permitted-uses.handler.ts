import { Injectable } from '@nestjs/common';
import { isRoleAmong, LICENCE_READERS } from '@era/decider';
import { LicenceDetails, PermittedUsesAnswer, PermittedUsesAudience, permittedUses } from '@era/licensing-domain';
import { LICENCE_COLLECTIONS, LicenceDocument, licenceDetailsOf, ResourceLicencesDocument } from '@era/projection-licences';
import { ReadDocument } from '@era/read-store';
import { LicenceReads } from '../read-side/licence-reads';
import { Reflecting } from '../read-side/reflecting';
import { PermittedUsesQuery } from './permitted-uses.query';

export type PermittedUses = { resourceId: string } & PermittedUsesAnswer & Reflecting;

/** Loads the resource's licences and the vocabulary; what they permit is the domain's to say. */
@Injectable()
export class PermittedUsesHandler {
  constructor(private readonly licences: LicenceReads) {}

  async execute({ resourceId, today, use, minPosition, role }: PermittedUsesQuery): Promise<PermittedUses> {
    const { view, fresh } = await this.licences.snapshot(minPosition);
    const vocabulary = await this.licences.vocabulary(view);
    // The e-resources domain comes later: a resource no licence names is simply one without licences yet.
    const governing = await view.get<ResourceLicencesDocument & ReadDocument>(LICENCE_COLLECTIONS.resourceLicences, resourceId);
    const licences: LicenceDetails[] = [];
    for (const licenceId of governing?.licenceIds ?? []) {
      const document = await view.get<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, licenceId);
      if (document) licences.push(licenceDetailsOf(document));
    }
    const audience: PermittedUsesAudience = role !== undefined && isRoleAmong(role, LICENCE_READERS) ? 'licence-staff' : 'public';
    return { resourceId, ...permittedUses({ licences, vocabulary, effectiveOn: today, use, audience }), position: view.position, fresh };
  }
}
