import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore } from '@era/event-store';
import { inquiryStream } from '@era/desk-domain';
import { DomainRefusal, EVENT_STORE, loadStream } from '@era/platform';
import { inquiryModel } from '../shared/stream-models';
import { GetInquiryQuery } from './get-inquiry.query';
import { InquiryView } from './inquiry-view';

@QueryHandler(GetInquiryQuery)
export class GetInquiryHandler implements IQueryHandler<GetInquiryQuery, InquiryView> {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute({ inquiryId }: GetInquiryQuery): Promise<InquiryView> {
    const { state, revision } = await loadStream(this.events, inquiryStream(inquiryId), inquiryModel);
    if (state.status === 'none') throw new DomainRefusal(404, 'inquiry-not-found', `inquiry ${inquiryId} does not exist`);
    const { inquiryId: id, ...recorded } = state.recorded;
    return { id, status: state.status, ...recorded, ...(state.status === 'voided' ? { voidReason: state.reason } : {}), revision };
  }
}
