import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { licenceDetailsOf } from '@era/projection-licences';
import { LicenceReads } from '../read-side/licence-reads';
import { GetLicenceQuery } from './get-licence.query';
import { LicenceView, licenceView } from './licence-view';

@QueryHandler(GetLicenceQuery)
export class GetLicenceHandler implements IQueryHandler<GetLicenceQuery, LicenceView> {
  constructor(private readonly licences: LicenceReads) {}

  async execute(query: GetLicenceQuery): Promise<LicenceView> {
    const { view, fresh } = await this.licences.snapshot(query.minPosition);
    const document = await this.licences.licence(view, query.licenceId);
    const vocabulary = await this.licences.vocabulary(view);
    return { ...licenceView(document, licenceDetailsOf(document), vocabulary, query.today), position: view.position, fresh };
  }
}
