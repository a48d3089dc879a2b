import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { AddIpRange, IP_RANGES_STREAM, ipRangeListDecider } from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { AccessWrite } from '../access-shared/write-accepted';

export type AddIpRangeRequest = { type: 'AddIpRange'; data: Omit<AddIpRange['data'], 'rangeId'> & { rangeId?: string } };

@Injectable()
export class AddIpRangeHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute({ data }: AddIpRangeRequest, metadata: AppendMetadata): Promise<AccessWrite> {
    const id = canonicalId(data.rangeId ?? randomUUID());
    const command: AddIpRange = { type: 'AddIpRange', data: { ...data, rangeId: id } };
    return { id, outcome: await this.commands.handle(IP_RANGES_STREAM, ipRangeListDecider, command, { metadata }) };
  }
}
