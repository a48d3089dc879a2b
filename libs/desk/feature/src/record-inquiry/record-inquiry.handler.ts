import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { canonicalId } from '@era/decider';
import { inquiryDecider, inquiryStream, RecordInquiry } from '@era/desk-domain';
import { CommandPath } from '@era/platform';
import { DeskWrite } from '../shared/write-accepted';

/** A client may choose the inquiry's id (so that a retry counts once); otherwise it gets a new one. */
export type RecordInquiryRequest = { type: 'RecordInquiry'; data: Omit<RecordInquiry['data'], 'inquiryId'> & { inquiryId?: string } };

@Injectable()
export class RecordInquiryHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute({ data }: RecordInquiryRequest, metadata: AppendMetadata): Promise<DeskWrite> {
    const id = canonicalId(data.inquiryId ?? randomUUID());
    const command: RecordInquiry = { type: 'RecordInquiry', data: { ...data, inquiryId: id } };
    return { id, outcome: await this.commands.handle(inquiryStream(id), inquiryDecider, command, { metadata }) };
  }
}
