import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandOutcome } from '@era/command-handling';
import {
  balanceOwed,
  borrowerDecider,
  BorrowerOnRecord,
  borrowerStreamId,
  DEFAULT_FEE_FINE_POLICY,
  FeeFineCommand,
  FeeFineEvent,
  feeFineLedgerDecider,
  FeeFineLedgerState,
  feeFinesStreamId,
  Money,
} from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { CommandPath } from '@era/platform';

export type LedgerOutcome = CommandOutcome<FeeFineLedgerState, FeeFineEvent>;

/** A ledger write's answer: the charge's or action's id, and what the command path did. */
export type LedgerWrite = { id: string; outcome: LedgerOutcome };

/**
 * Runs a fee/fine command on the borrower's ledger stream with what the decision needs from outside it: the staff
 * member and role (from the write's metadata), the fee/fine policy, and whether the borrower's own stream has them.
 */
@Injectable()
export class LedgerCommands {
  constructor(private readonly commands: CommandPath) {}

  async run(command: FeeFineCommand, metadata: AppendMetadata): Promise<LedgerOutcome> {
    const borrowerId = canonicalId(command.data.borrowerId.trim());
    return this.commands.handle(feeFinesStreamId(borrowerId), feeFineLedgerDecider, command, {
      metadata,
      context: async () => ({
        staffId: metadata.actor.id,
        staffRole: metadata.actor.role,
        policy: DEFAULT_FEE_FINE_POLICY,
        borrower: await this.borrowerOnRecord(borrowerId),
      }),
    });
  }

  /** A command under the id the client chose (canonical) or a new one: a retry with the same id decides nothing. */
  async runWithId(clientId: string | undefined, command: (id: string) => FeeFineCommand, metadata: AppendMetadata): Promise<LedgerWrite> {
    const id = canonicalId(clientId ?? randomUUID());
    return { id, outcome: await this.run(command(id), metadata) };
  }

  private async borrowerOnRecord(borrowerId: string): Promise<BorrowerOnRecord> {
    const { state } = await this.commands.load(borrowerStreamId(borrowerId), borrowerDecider);
    return state.status;
  }
}

/** What the borrower owes after the command (the same answer for a retry). */
export const owedAfter = (outcome: LedgerOutcome): Money => balanceOwed(outcome.state);
