import { AppendMetadata } from '@era/event-store';
import { InquiryRecorded } from '@era/desk-domain';

export class RecordInquiryCommand {
  constructor(
    readonly inquiry: InquiryRecorded,
    readonly metadata: AppendMetadata,
  ) {}
}
