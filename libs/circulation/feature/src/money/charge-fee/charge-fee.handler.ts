import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ChargeFee } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerOutcome } from '../ledger-commands';
import { ChargeFeeDto } from './charge-fee.dto';

@Injectable()
export class ChargeFeeHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  async execute(borrowerId: string, { chargeId, desk, ...charge }: ChargeFeeDto, metadata: AppendMetadata): Promise<{ id: string; outcome: LedgerOutcome }> {
    const id = canonicalId(chargeId ?? randomUUID());
    const command: ChargeFee = { type: 'ChargeFee', data: { ...charge, borrowerId, chargeId: id, servicePointId: desk } };
    return { id, outcome: await this.ledger.run(command, metadata) };
  }
}
