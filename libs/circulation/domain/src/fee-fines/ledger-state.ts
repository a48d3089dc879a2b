import { Folded } from '@era/decider';
import { Money, money } from '../money';
import { Allocation, FeeCharged, FeeFineEvent } from './events';
import { fingerprintOfEvent } from './fingerprint';
import { ChargeStatus, PaymentStatus } from './vocabulary';

/** One charge as the ledger holds it: what it was, what is owed, and what each kind of action has moved (minor units). */
export interface ChargeState {
  charged: FeeCharged;
  remaining: number;
  status: ChargeStatus;
  paymentStatus: PaymentStatus;
  paid: number;
  waived: number;
  transferred: number;
  /** Refunded of money paid, and of money transferred: each refundable only up to what it refunds. */
  refundedFromPayments: number;
  refundedFromTransfers: number;
}

/**
 * One borrower's fee/fine ledger: its charges, the currency the first charge set, and each action id with what it
 * asked, so that a retry is recognised and another action under the same id refused.
 */
export interface FeeFineLedgerState {
  borrowerId?: string;
  currency?: string;
  charges: Readonly<Record<string, ChargeState>>;
  /** Charge ids in the order charged. */
  chargeOrder: readonly string[];
  /** Action id → the action as asked (a canonical fingerprint). */
  actions: Readonly<Record<string, string>>;
}

export const initialFeeFineLedger: FeeFineLedgerState = { charges: {}, chargeOrder: [], actions: {} };

/** ISO 4217 "no currency": the currency of a balance on a ledger never charged. */
export const NO_CURRENCY = 'XXX';

/** What the borrower owes: the sum of what remains on open charges (read by the erasure rule and the balance block). */
export function balanceOwed(state: FeeFineLedgerState): Money {
  const minor = state.chargeOrder.reduce((sum, chargeId) => sum + state.charges[chargeId].remaining, 0);
  return money(minor, state.currency ?? NO_CURRENCY);
}

/** The charges still open, in the order charged. */
export const openCharges = (state: FeeFineLedgerState): ChargeState[] =>
  state.chargeOrder.map((chargeId) => state.charges[chargeId]).filter((charge) => charge.status === 'Open');

export function chargeOf(state: FeeFineLedgerState, chargeId: string): ChargeState | undefined {
  return Object.hasOwn(state.charges, chargeId) ? state.charges[chargeId] : undefined;
}

type Moved = 'paid' | 'waived' | 'transferred';

function applyAllocations(state: FeeFineLedgerState, allocations: readonly Allocation[], moved: Moved): FeeFineLedgerState['charges'] {
  const charges = { ...state.charges };
  for (const { chargeId, amount, balanceAfter, paymentStatus } of allocations) {
    const charge = charges[chargeId];
    charges[chargeId] = {
      ...charge,
      [moved]: charge[moved] + amount.minor,
      remaining: balanceAfter.minor,
      status: balanceAfter.minor === 0 ? 'Closed' : 'Open',
      paymentStatus,
    };
  }
  return charges;
}

const withAction = (state: FeeFineLedgerState, actionId: string, fingerprint: string) => ({ ...state.actions, [actionId]: fingerprint });

/**
 * Folds one event in. Each action is kept under its id with the fingerprint of what it asked (rebuilt from the
 * event), so that a retry after a lost answer is known by its id and content.
 */
export function evolveFeeFineLedger(state: FeeFineLedgerState, event: Folded<FeeFineEvent>): FeeFineLedgerState {
  const fingerprint = fingerprintOfEvent(event);
  switch (event.type) {
    case 'FeeCharged': {
      const charged = event.data;
      const charge: ChargeState = {
        charged,
        remaining: charged.amount.minor,
        status: 'Open',
        paymentStatus: 'Outstanding',
        paid: 0,
        waived: 0,
        transferred: 0,
        refundedFromPayments: 0,
        refundedFromTransfers: 0,
      };
      return {
        ...state,
        borrowerId: state.borrowerId ?? charged.borrowerId,
        currency: state.currency ?? charged.amount.currency,
        charges: { ...state.charges, [charged.chargeId]: charge },
        chargeOrder: [...state.chargeOrder, charged.chargeId],
      };
    }
    case 'FinePaid':
      return { ...state, charges: applyAllocations(state, event.data.allocations, 'paid'), actions: withAction(state, event.data.actionId, fingerprint) };
    case 'FineWaived':
      return { ...state, charges: applyAllocations(state, event.data.allocations, 'waived'), actions: withAction(state, event.data.actionId, fingerprint) };
    case 'FineTransferred':
      return {
        ...state,
        charges: applyAllocations(state, event.data.allocations, 'transferred'),
        actions: withAction(state, event.data.actionId, fingerprint),
      };
    case 'FineRefunded': {
      const { chargeId, amount, balanceAfter, paymentStatus, method, actionId } = event.data;
      const charge = state.charges[chargeId];
      const refunded = method === 'transfer-account' ? 'refundedFromTransfers' : 'refundedFromPayments';
      const next: ChargeState = { ...charge, [refunded]: charge[refunded] + amount.minor, remaining: balanceAfter.minor, status: 'Open', paymentStatus };
      return { ...state, charges: { ...state.charges, [chargeId]: next }, actions: withAction(state, actionId, fingerprint) };
    }
    case 'ChargeCancelledAsError': {
      const { chargeId, actionId } = event.data;
      const next: ChargeState = { ...state.charges[chargeId], remaining: 0, status: 'Closed', paymentStatus: 'Cancelled as error' };
      return { ...state, charges: { ...state.charges, [chargeId]: next }, actions: withAction(state, actionId, fingerprint) };
    }
  }
}
