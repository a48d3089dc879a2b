import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { IP_RANGES_STREAM, ipRangeListDecider, RemoveIpRange } from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { AccessWrite } from '../access-shared/write-accepted';

@Injectable()
export class RemoveIpRangeHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute(command: RemoveIpRange, metadata: AppendMetadata): Promise<AccessWrite> {
    return { id: canonicalId(command.data.rangeId), outcome: await this.commands.handle(IP_RANGES_STREAM, ipRangeListDecider, command, { metadata }) };
  }
}
