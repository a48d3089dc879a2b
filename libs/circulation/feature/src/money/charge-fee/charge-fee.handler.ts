import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerWrite } from '../ledger-commands';
import { ChargeFeeDto } from './charge-fee.dto';

@Injectable()
export class ChargeFeeHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  execute(borrowerId: string, { chargeId, desk, ...charge }: ChargeFeeDto, metadata: AppendMetadata): Promise<LedgerWrite> {
    return this.ledger.runWithId(chargeId, (id) => ({ type: 'ChargeFee', data: { ...charge, borrowerId, chargeId: id, servicePointId: desk } }), metadata);
  }
}
