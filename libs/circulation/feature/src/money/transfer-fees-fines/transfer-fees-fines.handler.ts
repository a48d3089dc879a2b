import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerWrite } from '../ledger-commands';
import { TransferFeesFinesDto } from './transfer-fees-fines.dto';

@Injectable()
export class TransferFeesFinesHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  execute(borrowerId: string, { actionId, desk, ...action }: TransferFeesFinesDto, metadata: AppendMetadata): Promise<LedgerWrite> {
    return this.ledger.runWithId(
      actionId,
      (id) => ({ type: 'TransferFeesFines', data: { ...action, borrowerId, actionId: id, servicePointId: desk } }),
      metadata,
    );
  }
}
