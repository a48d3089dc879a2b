import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerWrite } from '../ledger-commands';
import { RefundFeeFineDto } from './refund-fee-fine.dto';

@Injectable()
export class RefundFeeFineHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  execute(borrowerId: string, { actionId, desk, ...action }: RefundFeeFineDto, metadata: AppendMetadata): Promise<LedgerWrite> {
    return this.ledger.runWithId(actionId, (id) => ({ type: 'RefundFeeFine', data: { ...action, borrowerId, actionId: id, servicePointId: desk } }), metadata);
  }
}
