import { Inject, Injectable } from '@nestjs/common';
import { loadState } from '@era/command-handling';
import { canonicalId } from '@era/decider';
import { EventStore } from '@era/event-store';
import { inquiryDecider, inquiryStream } from '@era/desk-domain';
import { DomainRefusal, EVENT_STORE } from '@era/platform';
import { InquiryView } from './inquiry-view';

/** An inquiry as it stands, folded from its own stream (so it is current the moment its write is answered). */
@Injectable()
export class GetInquiryHandler {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute(inquiryId: string): Promise<InquiryView> {
    const id = canonicalId(inquiryId);
    const { state, revision } = await loadState(this.events, inquiryStream(id), inquiryDecider);
    if (state.status === 'none') throw new DomainRefusal(404, 'inquiry-not-found', `inquiry ${id} does not exist`);
    const { inquiryId: _id, ...recorded } = state.recorded;
    return { id, status: state.status, ...recorded, ...(state.status === 'voided' ? { voidReason: state.reason } : {}), revision };
  }
}
