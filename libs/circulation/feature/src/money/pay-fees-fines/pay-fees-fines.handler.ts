import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerWrite } from '../ledger-commands';
import { PayFeesFinesDto } from './pay-fees-fines.dto';

@Injectable()
export class PayFeesFinesHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  execute(borrowerId: string, { actionId, desk, ...action }: PayFeesFinesDto, metadata: AppendMetadata): Promise<LedgerWrite> {
    return this.ledger.runWithId(actionId, (id) => ({ type: 'PayFeesFines', data: { ...action, borrowerId, actionId: id, servicePointId: desk } }), metadata);
  }
}
