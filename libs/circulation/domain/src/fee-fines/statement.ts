import { Folded } from '@era/decider';
import { Money, money } from '../money';
import { FeeFineEvent } from './events';
import { balanceOwed, evolveFeeFineLedger, FeeFineLedgerState, initialFeeFineLedger } from './ledger-state';
import { ChargeStatus, PaymentMethod, PaymentStatus, RefundMethod, TransferTarget } from './vocabulary';

export type StatementActionType = 'charged' | 'paid' | 'waived' | 'transferred' | 'refunded' | 'cancelled-as-error';

/** One line under a charge: what was done, how much fell on this charge, and what the charge owed after it. */
export interface StatementLine {
  type: StatementActionType;
  /** The action id (the charge id for the charge itself). */
  actionId: string;
  amount: Money;
  balanceAfter: Money;
  actedAt: string;
  servicePointId: string;
  staffId: string;
  method?: PaymentMethod | RefundMethod;
  target?: TransferTarget;
  reason?: string;
}

export interface StatementCharge {
  chargeId: string;
  feeFineType: string;
  automatic: boolean;
  description?: string;
  loanId?: string;
  itemId?: string;
  amount: Money;
  remaining: Money;
  status: ChargeStatus;
  paymentStatus: PaymentStatus;
  lines: StatementLine[];
}

/** A borrower's statement: each charge in the order charged with its actions and running balance, and what is owed. */
export interface BorrowerStatement {
  charges: StatementCharge[];
  totalOwed: Money;
}

type Line = Omit<StatementLine, 'amount' | 'balanceAfter'>;

/** The statement lines one event writes, each under its charge: what the statement projection stores as each event comes. */
export function statementLinesOf(event: FeeFineEvent): { chargeId: string; line: StatementLine }[] {
  const { actedAt, servicePointId, source: staffId } = event.data;
  const common = { actedAt, servicePointId, staffId };
  const spread = (line: Line, allocations: { chargeId: string; amount: Money; balanceAfter: Money }[]) =>
    allocations.map(({ chargeId, amount, balanceAfter }) => ({ chargeId, line: { ...line, amount, balanceAfter } }));
  switch (event.type) {
    case 'FeeCharged':
      return [
        {
          chargeId: event.data.chargeId,
          line: { type: 'charged', actionId: event.data.chargeId, ...common, amount: event.data.amount, balanceAfter: event.data.amount },
        },
      ];
    case 'FinePaid':
      return spread({ type: 'paid', actionId: event.data.actionId, ...common, method: event.data.method }, event.data.allocations);
    case 'FineWaived':
      return spread({ type: 'waived', actionId: event.data.actionId, ...common, reason: event.data.reason }, event.data.allocations);
    case 'FineTransferred':
      return spread({ type: 'transferred', actionId: event.data.actionId, ...common, target: event.data.target }, event.data.allocations);
    case 'FineRefunded': {
      const { actionId, chargeId, amount, balanceAfter, method, reason } = event.data;
      return [{ chargeId, line: { type: 'refunded', actionId, ...common, amount, balanceAfter, method, reason } }];
    }
    case 'ChargeCancelledAsError': {
      const { actionId, chargeId, amount, balanceAfter, reason } = event.data;
      return [{ chargeId, line: { type: 'cancelled-as-error', actionId, ...common, amount, balanceAfter, reason } }];
    }
  }
}

/** The statement of one borrower's ledger, from its events in stream order. */
export function borrowerStatement(events: readonly Folded<FeeFineEvent>[]): BorrowerStatement {
  let state: FeeFineLedgerState = initialFeeFineLedger;
  const lines = new Map<string, StatementLine[]>();
  for (const event of events) {
    state = evolveFeeFineLedger(state, event);
    for (const { chargeId, line } of statementLinesOf(event)) lines.set(chargeId, [...(lines.get(chargeId) ?? []), line]);
  }
  const charges = state.chargeOrder.map((chargeId): StatementCharge => {
    const { charged, remaining, status, paymentStatus } = state.charges[chargeId];
    const { feeFineType, automatic, description, loanId, itemId, amount } = charged;
    return {
      chargeId,
      feeFineType,
      automatic,
      ...(description !== undefined && { description }),
      ...(loanId !== undefined && { loanId }),
      ...(itemId !== undefined && { itemId }),
      amount,
      remaining: money(remaining, amount.currency),
      status,
      paymentStatus,
      lines: lines.get(chargeId) ?? [],
    };
  });
  return { charges, totalOwed: balanceOwed(state) };
}
