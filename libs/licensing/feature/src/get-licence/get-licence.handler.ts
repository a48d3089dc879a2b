import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { licenceDetailsOf } from '@era/projection-licences';
import { LicenceReads } from '../read-side/licence-reads';
import { GetLicenceQuery } from './get-licence.query';
import { LicenceView, licenceView } from './licence-view';

@Injectable()
export class GetLicenceHandler {
  constructor(private readonly licences: LicenceReads) {}

  async execute(query: GetLicenceQuery): Promise<LicenceView> {
    const { view, fresh } = await this.licences.snapshot(query.minPosition);
    const document = await this.licences.licence(view, canonicalId(query.licenceId));
    const vocabulary = await this.licences.vocabulary(view);
    return { ...licenceView(document, licenceDetailsOf(document), vocabulary, query.today), position: view.position, fresh };
  }
}
