import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RefundFeeFine } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerOutcome } from '../ledger-commands';
import { RefundFeeFineDto } from './refund-fee-fine.dto';

@Injectable()
export class RefundFeeFineHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  async execute(
    borrowerId: string,
    { actionId, desk, ...action }: RefundFeeFineDto,
    metadata: AppendMetadata,
  ): Promise<{ id: string; outcome: LedgerOutcome }> {
    const id = canonicalId(actionId ?? randomUUID());
    const command: RefundFeeFine = { type: 'RefundFeeFine', data: { ...action, borrowerId, actionId: id, servicePointId: desk } };
    return { id, outcome: await this.ledger.run(command, metadata) };
  }
}
