/**
 * Givens shared by the fee/fine specs (imported by specs only, never by the library): one borrower's ledger in EUR,
 * commands with sensible defaults, and histories built by deciding commands in turn (so that a given is what the
 * decider itself would have recorded).
 */
import { deciderSpecification } from '@era/decider/testing';
import { Money, money } from '../../money';
import { CancelFeeFine, ChargeFee, FeeFineCommand, PayFeesFines, RefundFeeFine, TransferFeesFines, WaiveFeesFines } from '../commands';
import { FeeFineEvent } from '../events';
import { FeeFineContext } from '../fee-fine-context';
import { feeFineLedgerDecider } from '../fee-fine-ledger';
import { FeeFineLedgerState } from '../ledger-state';

export const BORROWER = 'b-1';
export const DESK = 'main-desk';
export const STAFF = 's-desk';
export const NOW = new Date('2026-03-05T12:00:00Z');

export const eur = (minor: number): Money => money(minor, 'EUR');

/** The head of the desk holds every fee/fine permission, so that the specs of each rule are about that rule alone. */
export const feeFineContext: FeeFineContext = { now: NOW, staffId: STAFF, staffRole: 'desk-head' };
export const feeFineSpec = deciderSpecification(feeFineLedgerDecider, feeFineContext);

export const charge = (chargeId: string, minor: number, data: Partial<ChargeFee['data']> = {}): ChargeFee => ({
  type: 'ChargeFee',
  data: { borrowerId: BORROWER, chargeId, feeFineType: 'overdue-fine', amount: eur(minor), servicePointId: DESK, loanId: `loan-${chargeId}`, ...data },
});

export const pay = (actionId: string, minor: number, chargeIds: string[], data: Partial<PayFeesFines['data']> = {}): PayFeesFines => ({
  type: 'PayFeesFines',
  data: { borrowerId: BORROWER, actionId, amount: eur(minor), chargeIds, method: 'cash', servicePointId: DESK, ...data },
});

export const waive = (actionId: string, minor: number, chargeIds: string[], data: Partial<WaiveFeesFines['data']> = {}): WaiveFeesFines => ({
  type: 'WaiveFeesFines',
  data: { borrowerId: BORROWER, actionId, amount: eur(minor), chargeIds, reason: 'first offence', servicePointId: DESK, ...data },
});

export const transfer = (actionId: string, minor: number, chargeIds: string[], data: Partial<TransferFeesFines['data']> = {}): TransferFeesFines => ({
  type: 'TransferFeesFines',
  data: { borrowerId: BORROWER, actionId, amount: eur(minor), chargeIds, target: 'bursar', account: 'bursar-4711', servicePointId: DESK, ...data },
});

export const refund = (actionId: string, minor: number, chargeId: string, data: Partial<RefundFeeFine['data']> = {}): RefundFeeFine => ({
  type: 'RefundFeeFine',
  data: { borrowerId: BORROWER, actionId, chargeId, amount: eur(minor), method: 'cash', reason: 'item found', servicePointId: DESK, ...data },
});

export const cancel = (actionId: string, chargeId: string, data: Partial<CancelFeeFine['data']> = {}): CancelFeeFine => ({
  type: 'CancelFeeFine',
  data: { borrowerId: BORROWER, actionId, chargeId, servicePointId: DESK, ...data },
});

/** The events the ledger records for these commands decided in turn (each with the context given, or the default). */
export function decided(...steps: (FeeFineCommand | [FeeFineCommand, Partial<FeeFineContext>])[]): FeeFineEvent[] {
  let state: FeeFineLedgerState = feeFineLedgerDecider.initialState;
  const events: FeeFineEvent[] = [];
  for (const step of steps) {
    const [command, context] = Array.isArray(step) ? step : [step, {}];
    const next = feeFineLedgerDecider.decide(command, state, { ...feeFineContext, ...context });
    state = next.reduce(feeFineLedgerDecider.evolve, state);
    events.push(...next);
  }
  return events;
}

export const ledgerOf = (events: readonly FeeFineEvent[]): FeeFineLedgerState => events.reduce(feeFineLedgerDecider.evolve, feeFineLedgerDecider.initialState);

/** Provenance of an event decided with the default context. */
export const by = { borrowerId: BORROWER, servicePointId: DESK, source: STAFF, actedAt: NOW.toISOString() };
