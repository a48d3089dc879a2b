import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { IP_RANGES_STREAM, ipRangeListDecider, RecordIpRangesSending } from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { AccessWrite } from '../access-shared/write-accepted';

export type RecordIpRangeSendingRequest = { type: 'RecordIpRangesSending'; data: Omit<RecordIpRangesSending['data'], 'sendingId'> & { sendingId?: string } };

@Injectable()
export class RecordIpRangeSendingHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute({ data }: RecordIpRangeSendingRequest, metadata: AppendMetadata): Promise<AccessWrite> {
    const id = canonicalId(data.sendingId ?? randomUUID());
    const command: RecordIpRangesSending = { type: 'RecordIpRangesSending', data: { ...data, sendingId: id } };
    return { id, outcome: await this.commands.handle(IP_RANGES_STREAM, ipRangeListDecider, command, { metadata }) };
  }
}
