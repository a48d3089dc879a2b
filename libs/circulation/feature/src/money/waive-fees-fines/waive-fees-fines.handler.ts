import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { WaiveFeesFines } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { LedgerCommands, LedgerOutcome } from '../ledger-commands';
import { WaiveFeesFinesDto } from './waive-fees-fines.dto';

@Injectable()
export class WaiveFeesFinesHandler {
  constructor(private readonly ledger: LedgerCommands) {}

  async execute(
    borrowerId: string,
    { actionId, desk, ...action }: WaiveFeesFinesDto,
    metadata: AppendMetadata,
  ): Promise<{ id: string; outcome: LedgerOutcome }> {
    const id = canonicalId(actionId ?? randomUUID());
    const command: WaiveFeesFines = { type: 'WaiveFeesFines', data: { ...action, borrowerId, actionId: id, servicePointId: desk } };
    return { id, outcome: await this.ledger.run(command, metadata) };
  }
}
