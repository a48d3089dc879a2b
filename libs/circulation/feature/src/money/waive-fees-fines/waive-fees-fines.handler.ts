import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerWrite } from '../ledger-commands';
import { WaiveFeesFinesDto } from './waive-fees-fines.dto';

@Injectable()
export class WaiveFeesFinesHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  execute(borrowerId: string, { actionId, desk, ...action }: WaiveFeesFinesDto, metadata: AppendMetadata): Promise<LedgerWrite> {
    return this.ledger.runWithId(actionId, (id) => ({ type: 'WaiveFeesFines', data: { ...action, borrowerId, actionId: id, servicePointId: desk } }), metadata);
  }
}
