import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { canonicalId } from '@era/decider';
import { inquiryDecider, inquiryStream, VoidInquiry } from '@era/desk-domain';
import { CommandPath } from '@era/platform';
import { DeskWrite } from '../shared/write-accepted';

@Injectable()
export class VoidInquiryHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute(command: VoidInquiry, metadata: AppendMetadata, expectedRevision?: number): Promise<DeskWrite> {
    const id = canonicalId(command.data.inquiryId);
    return { id, outcome: await this.commands.handle(inquiryStream(id), inquiryDecider, command, { metadata, expectedRevision }) };
  }
}
