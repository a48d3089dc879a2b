import { Inject, Injectable } from '@nestjs/common';
import { BORROWER_LIST, BorrowerListing, CIRCULATION_BORROWERS } from '@era/projection-circulation-borrowers';
import { liveView } from '@era/projection-engine';
import { FieldCondition, ReadStore } from '@era/read-store';
import { READ_STORE, ReadYourWrites } from '@era/platform';
import { borrowerStatusOn } from '../get-borrower/get-borrower.handler';
import { BorrowerStatus } from './list-borrowers.dto';

export interface BorrowerSummary {
  id: string;
  patronGroup: string;
  status: BorrowerStatus;
  expiresOn?: string;
  cardCount: number;
  registeredAt: string;
  erasedAt?: string;
}

export interface BorrowerPage {
  items: BorrowerSummary[];
  nextCursor?: string;
  position: number;
  fresh: boolean;
}

export interface ListBorrowersQuery {
  patronGroup?: string;
  status?: BorrowerStatus;
  limit: number;
  cursor?: string;
  today: string;
  minPosition?: number;
}

/** How each status reads on the list's fields, for a day. */
function statusCondition(status: BorrowerStatus, today: string): Record<string, FieldCondition> {
  if (status === 'erased') return { state: 'erased' };
  return { state: 'registered', activeThrough: status === 'active' ? { gte: today } : { lt: today } };
}

/** Borrowers newest first, from the borrowers projection: nothing personal is in it to show. */
@Injectable()
export class ListBorrowersHandler {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute(query: ListBorrowersQuery): Promise<BorrowerPage> {
    const fresh = await this.freshness.atLeast(CIRCULATION_BORROWERS, query.minPosition);
    const view = await liveView(this.reads, CIRCULATION_BORROWERS);
    const where: Record<string, FieldCondition> = {
      ...(query.patronGroup !== undefined && { patronGroup: query.patronGroup }),
      ...(query.status !== undefined && statusCondition(query.status, query.today)),
    };
    const page = await view.find<BorrowerListing>(BORROWER_LIST, {
      where,
      sort: { field: 'registeredAt', direction: 'desc' },
      limit: query.limit,
      cursor: query.cursor,
    });
    const items = page.items.map((listing): BorrowerSummary => ({
      id: listing.borrowerId,
      patronGroup: listing.patronGroup,
      status: listing.state === 'erased' ? 'erased' : borrowerStatusOn(listing.expiresOn, query.today),
      ...(listing.expiresOn !== undefined && { expiresOn: listing.expiresOn }),
      cardCount: listing.cardCount,
      registeredAt: listing.registeredAt,
      ...(listing.erasedAt !== undefined && { erasedAt: listing.erasedAt }),
    }));
    return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}), position: view.position, fresh };
  }
}
