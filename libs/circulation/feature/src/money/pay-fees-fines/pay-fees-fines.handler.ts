import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PayFeesFines } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerOutcome } from '../ledger-commands';
import { PayFeesFinesDto } from './pay-fees-fines.dto';

@Injectable()
export class PayFeesFinesHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  async execute(
    borrowerId: string,
    { actionId, desk, ...payment }: PayFeesFinesDto,
    metadata: AppendMetadata,
  ): Promise<{ id: string; outcome: LedgerOutcome }> {
    const id = canonicalId(actionId ?? randomUUID());
    const command: PayFeesFines = { type: 'PayFeesFines', data: { ...payment, borrowerId, actionId: id, servicePointId: desk } };
    return { id, outcome: await this.ledger.run(command, metadata) };
  }
}
