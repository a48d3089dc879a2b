import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRecordInquiry, inquiryStream } from '@era/desk-domain';
import { DecisionOutcome } from '@era/platform';
import { DeskWriter } from '../shared/desk-writer';
import { inquiryModel } from '../shared/stream-models';
import { RecordInquiryCommand } from './record-inquiry.command';

@CommandHandler(RecordInquiryCommand)
export class RecordInquiryHandler implements ICommandHandler<RecordInquiryCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: DeskWriter) {}

  execute({ inquiry, metadata }: RecordInquiryCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(inquiryStream(inquiry.inquiryId), inquiryModel, (state) => decideRecordInquiry(state, inquiry, new Date()), { metadata });
  }
}
