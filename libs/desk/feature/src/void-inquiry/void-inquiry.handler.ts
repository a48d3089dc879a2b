import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideVoidInquiry, inquiryStream } from '@era/desk-domain';
import { DecisionOutcome } from '@era/platform';
import { DeskWriter } from '../shared/desk-writer';
import { inquiryModel } from '../shared/stream-models';
import { VoidInquiryCommand } from './void-inquiry.command';

@CommandHandler(VoidInquiryCommand)
export class VoidInquiryHandler implements ICommandHandler<VoidInquiryCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: DeskWriter) {}

  execute({ inquiryId, reason, metadata, ifMatchRevision }: VoidInquiryCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(inquiryStream(inquiryId), inquiryModel, (state) => decideVoidInquiry(state, { inquiryId, reason }), { metadata, ifMatchRevision });
  }
}
