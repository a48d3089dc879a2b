import { Inject, Injectable, Optional } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { licenceDetailsOf } from '@era/projection-licences';
import { LicenceReads } from '../read-side/licence-reads';
import { REGISTERED_RESOURCES, RegisteredResources } from '../shared/registered-resources';
import { GetLicenceQuery } from './get-licence.query';
import { LicenceView, licenceView } from './licence-view';

@Injectable()
export class GetLicenceHandler {
  constructor(
    private readonly licences: LicenceReads,
    @Optional() @Inject(REGISTERED_RESOURCES) private readonly register?: RegisteredResources,
  ) {}

  async execute(query: GetLicenceQuery): Promise<LicenceView> {
    const { view, fresh } = await this.licences.snapshot(query.minPosition);
    const document = await this.licences.licence(view, canonicalId(query.licenceId));
    const [vocabulary, lists] = await Promise.all([this.licences.vocabulary(view), this.licences.lists(view)]);
    const licence = licenceView(document, licenceDetailsOf(document), vocabulary, lists, query.today);
    // A linked id with no resource registered under it yet is shown as unregistered.
    const registered = this.register ? await this.register.registered(licence.resourceIds) : undefined;
    const resources = registered && licence.resourceIds.map((resourceId) => ({ resourceId, registered: registered.has(resourceId) }));
    return { ...licence, ...(resources && { resources }), position: view.position, fresh };
  }
}
