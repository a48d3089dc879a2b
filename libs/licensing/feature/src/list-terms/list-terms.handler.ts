import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TermValueType } from '@era/licensing-domain';
import { LicenceReads } from '../read-side/licence-reads';
import { Reflecting } from '../read-side/min-position';
import { ListTermsQuery } from './list-terms.query';

export interface TermListItem {
  key: string;
  label: string;
  valueType: TermValueType;
  description?: string;
  category?: string;
  /** A deprecated term keeps its recorded values but takes no new ones. */
  deprecated: boolean;
  deprecationReason?: string;
}

export interface TermList extends Reflecting {
  /** By key. */
  terms: TermListItem[];
}

@QueryHandler(ListTermsQuery)
export class ListTermsHandler implements IQueryHandler<ListTermsQuery, TermList> {
  constructor(private readonly licences: LicenceReads) {}

  async execute({ minPosition }: ListTermsQuery): Promise<TermList> {
    const { view, fresh } = await this.licences.snapshot(minPosition);
    const vocabulary = await this.licences.vocabulary(view);
    const terms = [...vocabulary.values()]
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ deprecated, ...term }) => ({
        ...term,
        deprecated: deprecated !== undefined,
        ...(deprecated !== undefined ? { deprecationReason: deprecated.reason } : {}),
      }));
    return { terms, position: view.position, fresh };
  }
}
