import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore } from '@era/event-store';
import { decideVoidInquiry, inquiryStream } from '@era/desk-domain';
import { decideAndAppend, DecisionOutcome, EVENT_STORE, ReadYourWrites } from '@era/platform';
import { asDeskRefusal } from '../shared/desk-refusal';
import { inquiryModel } from '../shared/stream-models';
import { VoidInquiryCommand } from './void-inquiry.command';

@CommandHandler(VoidInquiryCommand)
export class VoidInquiryHandler implements ICommandHandler<VoidInquiryCommand, DecisionOutcome<unknown>> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute({ inquiryId, reason, metadata, ifMatchRevision }: VoidInquiryCommand): Promise<DecisionOutcome<unknown>> {
    const outcome = await decideAndAppend(this.events, inquiryStream(inquiryId), inquiryModel, (state) => decideVoidInquiry(state, { inquiryId, reason }), {
      metadata,
      ifMatchRevision,
    }).catch((error) => Promise.reject(asDeskRefusal(error)));
    await this.freshness.afterWrite(outcome.position);
    return outcome;
  }
}
