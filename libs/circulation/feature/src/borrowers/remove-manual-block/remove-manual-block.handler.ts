import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { ManualBlocksPath } from '../shared/manual-blocks-path';

@Injectable()
export class RemoveManualBlockHandler {
  constructor(private readonly blocks: ManualBlocksPath) {}

  execute(borrowerId: string, blockId: string, reason: string, metadata: AppendMetadata): Promise<CirculationWrite> {
    return this.blocks.decide(borrowerId, { type: 'RemoveManualBlock', data: { blockId, reason } }, metadata);
  }
}
