import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore } from '@era/event-store';
import { decideRecordInquiry, inquiryStream } from '@era/desk-domain';
import { decideAndAppend, DecisionOutcome, EVENT_STORE, ReadYourWrites } from '@era/platform';
import { asDeskRefusal } from '../shared/desk-refusal';
import { inquiryModel } from '../shared/stream-models';
import { RecordInquiryCommand } from './record-inquiry.command';

@CommandHandler(RecordInquiryCommand)
export class RecordInquiryHandler implements ICommandHandler<RecordInquiryCommand, DecisionOutcome<unknown>> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute({ inquiry, metadata }: RecordInquiryCommand): Promise<DecisionOutcome<unknown>> {
    const outcome = await decideAndAppend(this.events, inquiryStream(inquiry.inquiryId), inquiryModel, (state) => decideRecordInquiry(state, inquiry, new Date()), {
      metadata,
    }).catch((error) => Promise.reject(asDeskRefusal(error)));
    await this.freshness.afterWrite(outcome.position);
    return outcome;
  }
}
