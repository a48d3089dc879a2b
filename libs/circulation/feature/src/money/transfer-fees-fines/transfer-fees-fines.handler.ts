import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransferFeesFines } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerOutcome } from '../ledger-commands';
import { TransferFeesFinesDto } from './transfer-fees-fines.dto';

@Injectable()
export class TransferFeesFinesHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  async execute(
    borrowerId: string,
    { actionId, desk, ...action }: TransferFeesFinesDto,
    metadata: AppendMetadata,
  ): Promise<{ id: string; outcome: LedgerOutcome }> {
    const id = canonicalId(actionId ?? randomUUID());
    const command: TransferFeesFines = { type: 'TransferFeesFines', data: { ...action, borrowerId, actionId: id, servicePointId: desk } };
    return { id, outcome: await this.ledger.run(command, metadata) };
  }
}
