import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CancelFeeFine } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerOutcome } from '../ledger-commands';
import { CancelFeeFineDto } from './cancel-fee-fine.dto';

@Injectable()
export class CancelFeeFineHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  async execute(
    borrowerId: string,
    chargeId: string,
    { actionId, desk, reason }: CancelFeeFineDto,
    metadata: AppendMetadata,
  ): Promise<{ id: string; outcome: LedgerOutcome }> {
    const id = canonicalId(actionId ?? randomUUID());
    const command: CancelFeeFine = { type: 'CancelFeeFine', data: { borrowerId, chargeId, actionId: id, reason, servicePointId: desk } };
    return { id, outcome: await this.ledger.run(command, metadata) };
  }
}
