import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PlaceManualBlock } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { ManualBlocksPath } from '../shared/manual-blocks-path';
import { PlaceManualBlockDto } from './place-manual-block.dto';

@Injectable()
export class PlaceManualBlockHandler {
  constructor(private readonly blocks: ManualBlocksPath) {}

  execute(borrowerId: string, request: PlaceManualBlockDto, metadata: AppendMetadata): Promise<CirculationWrite> {
    const command: PlaceManualBlock = {
      type: 'PlaceManualBlock',
      data: {
        blockId: canonicalId(request.id ?? randomUUID()),
        borrowerId: canonicalId(borrowerId),
        description: request.reason,
        blockBorrowing: request.borrowing,
        blockRenewals: request.renewals,
        blockRequests: request.requests,
        ...(request.expiresOn !== undefined && { expirationDate: request.expiresOn }),
        ...(request.message !== undefined && { patronMessage: request.message }),
        ...(request.staffInformation !== undefined && { staffInformation: request.staffInformation }),
      },
    };
    return this.blocks.decide(borrowerId, command, metadata);
  }
}
