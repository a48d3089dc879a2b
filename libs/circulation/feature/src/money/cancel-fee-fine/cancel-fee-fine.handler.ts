import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerWrite } from '../ledger-commands';
import { CancelFeeFineDto } from './cancel-fee-fine.dto';

@Injectable()
export class CancelFeeFineHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  execute(borrowerId: string, chargeId: string, { actionId, desk, reason }: CancelFeeFineDto, metadata: AppendMetadata): Promise<LedgerWrite> {
    return this.ledger.runWithId(
      actionId,
      (id) => ({ type: 'CancelFeeFine', data: { borrowerId, chargeId, actionId: id, reason, servicePointId: desk } }),
      metadata,
    );
  }
}
