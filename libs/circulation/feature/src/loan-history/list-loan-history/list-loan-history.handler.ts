import { Inject, Injectable } from '@nestjs/common';
import { addDays } from '@era/calendar';
import { canonicalId } from '@era/decider';
import { DEFAULT_PAGE, DomainRefusal, READ_STORE } from '@era/platform';
import { CIRCULATION_LOAN_HISTORY, CLOSED_LOANS, ClosedLoanListing } from '@era/projection-circulation-loan-history';
import { liveView } from '@era/projection-engine';
import { FieldCondition, ReadStore } from '@era/read-store';
import { ListLoanHistoryDto } from './list-loan-history.dto';

export interface LoanHistoryPage {
  loans: ClosedLoanListing[];
  nextCursor?: string;
  position: number;
}

/** Closed loans, newest return first, filtered by borrower, item, title, return period and anonymisation. */
@Injectable()
export class ListLoanHistoryHandler {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute(query: ListLoanHistoryDto): Promise<LoanHistoryPage> {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to)
      throw new DomainRefusal(400, 'invalid-period', 'from must not be after to');
    const where: Record<string, FieldCondition> = {};
    if (query.borrowerId !== undefined) where.borrowerId = canonicalId(query.borrowerId);
    if (query.barcode !== undefined) where.barcode = query.barcode;
    if (query.titleId !== undefined) where.titleId = canonicalId(query.titleId);
    if (query.anonymised !== undefined) where.anonymised = query.anonymised === 'true';
    if (query.from !== undefined || query.to !== undefined) {
      where.returnDate = {
        ...(query.from !== undefined && { gte: `${query.from}T00:00:00.000Z` }),
        ...(query.to !== undefined && { lt: `${addDays(query.to, 1)}T00:00:00.000Z` }),
      };
    }
    const view = await liveView(this.reads, CIRCULATION_LOAN_HISTORY);
    const page = await view.find<ClosedLoanListing & { _position?: number }>(CLOSED_LOANS, {
      where,
      sort: { field: 'returnDate', direction: 'desc' },
      limit: query.limit ?? DEFAULT_PAGE,
      ...(query.cursor !== undefined && { cursor: query.cursor }),
    });
    const loans = page.items.map(({ _position, ...loan }) => loan as ClosedLoanListing);
    return { loans, ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }), position: view.position };
  }
}
