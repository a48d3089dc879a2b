import { Inject, Injectable } from '@nestjs/common';
import { liveView } from '@era/projection-engine';
import { DESK_INQUIRIES, INQUIRY_LIST, InquiryListing } from '@era/projection-desk-inquiries';
import { FieldCondition, ReadStore } from '@era/read-store';
import { READ_STORE, ReadYourWrites } from '@era/platform';
import { ListInquiriesQuery } from './list-inquiries.query';

export interface InquiryPage {
  items: InquiryListing[];
  nextCursor?: string;
  /** Global position of the last event the list reflects. */
  position: number;
  fresh: boolean;
}

@Injectable()
export class ListInquiriesHandler {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute(query: ListInquiriesQuery): Promise<InquiryPage> {
    const fresh = await this.freshness.atLeast(DESK_INQUIRIES, query.minPosition);
    const view = await liveView(this.reads, DESK_INQUIRIES);
    const where: Record<string, FieldCondition> = {
      occurredAt: { gte: new Date(query.from).toISOString(), lt: new Date(query.to).toISOString() },
    };
    if (query.location) where.location = query.location;
    if (query.status) where.status = query.status;
    const page = await view.find<InquiryListing & { _position?: number }>(INQUIRY_LIST, {
      where,
      sort: { field: 'occurredAt', direction: 'desc' },
      limit: query.limit,
      cursor: query.cursor,
    });
    // Documents carry the engine's bookkeeping (_position); the listing is what staff see.
    const items = page.items.map(({ _position, ...listing }) => listing as InquiryListing);
    return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}), position: view.position, fresh };
  }
}
