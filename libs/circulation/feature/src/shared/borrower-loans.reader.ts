import { Inject, Injectable } from '@nestjs/common';
import { CIRCULATION_LOANS, OPEN_LOANS, OpenLoanListing } from '@era/projection-circulation-loans';
import { liveView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { READ_STORE } from '@era/platform';

/** A borrower may have at most this many loans open at once in any policy; the reader reads one page beyond it. */
const MAX_OPEN_LOANS_READ = 1000;

/**
 * A borrower's open loans from the loans projection (after the write path's read-your-writes wait): what the block
 * conditions count and what an erasure must find empty. Eventually consistent across streams, as FOLIO's are.
 */
@Injectable()
export class BorrowerLoansReader {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async openLoansOf(borrowerId: string): Promise<OpenLoanListing[]> {
    const view = await liveView(this.reads, CIRCULATION_LOANS);
    const page = await view.find<OpenLoanListing & { _position?: number }>(OPEN_LOANS, {
      where: { borrowerId },
      sort: { field: 'dueDate', direction: 'asc' },
      limit: MAX_OPEN_LOANS_READ,
    });
    return page.items.map(({ _position, ...loan }) => loan as OpenLoanListing);
  }
}
