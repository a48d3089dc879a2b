import { AppendMetadata } from '@era/event-store';

export class VoidInquiryCommand {
  constructor(
    readonly inquiryId: string,
    readonly reason: string,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
