import { canonicalId } from '@era/decider';
import { Money, money } from '../money';
import { optionalText, requireAmount, requireBorrower, requiredText, requireOneOf, requireServicePoint } from './checks';
import { PayFeesFines, SpreadData, TransferFeesFines, WaiveFeesFines } from './commands';
import { Allocation, FeeFineProvenance, FinePaid, FineTransferred, FineWaived } from './events';
import { FeeFineContext } from './fee-fine-context';
import { FeeFineRuleViolation } from './fee-fine-rule-violation';
import { fingerprint, moneyKey } from './fingerprint';
import { ChargeState, chargeOf, FeeFineLedgerState } from './ledger-state';
import { PAYMENT_METHODS, PaymentStatus, TRANSFER_TARGETS } from './vocabulary';

type SpreadKind = 'pay' | 'waive' | 'transfer';

const STATUS_AFTER: Record<SpreadKind, { partially: PaymentStatus; fully: PaymentStatus }> = {
  pay: { partially: 'Paid partially', fully: 'Paid fully' },
  waive: { partially: 'Waived partially', fully: 'Waived fully' },
  transfer: { partially: 'Transferred partially', fully: 'Transferred fully' },
};

/** The charges selected, in the order stated: each once, each this ledger's, each still open. */
function selectedCharges(state: FeeFineLedgerState, chargeIds: readonly string[]): ChargeState[] {
  const ids = chargeIds.map((id) => canonicalId(id.trim()));
  if (ids.length === 0) throw new FeeFineRuleViolation('invalid-charge-selection', 'select at least one charge');
  if (new Set(ids).size !== ids.length) throw new FeeFineRuleViolation('invalid-charge-selection', 'a charge is selected more than once');
  return ids.map((chargeId) => {
    const charge = chargeOf(state, chargeId);
    if (!charge) throw new FeeFineRuleViolation('charge-not-found', `charge ${chargeId} is not on this borrower's ledger`);
    if (charge.status === 'Closed') throw new FeeFineRuleViolation('fee-fine-already-closed', `Fee/fine is already closed: charge ${chargeId}`);
    return charge;
  });
}

/**
 * One amount over the selected charges in the order stated: each charge takes what it still owes until the amount
 * is spent. Never more than they owe together; and every charge selected takes a part (one the amount does not reach
 * is not part of this action, and is refused rather than listed with nothing).
 */
function allocate(kind: SpreadKind, amount: Money, charges: readonly ChargeState[]): Allocation[] {
  const owed = charges.reduce((sum, charge) => sum + charge.remaining, 0);
  if (amount.minor > owed) {
    throw new FeeFineRuleViolation(
      'amount-exceeds-remaining',
      `Requested amount exceeds remaining amount: ${amount.minor} asked, ${owed} remaining on the charges selected`,
    );
  }
  let left = amount.minor;
  return charges.map((charge) => {
    const part = Math.min(left, charge.remaining);
    if (part === 0) throw new FeeFineRuleViolation('invalid-charge-selection', `the amount is spent before it reaches charge ${charge.charged.chargeId}`);
    left -= part;
    const balanceAfter = charge.remaining - part;
    const status = STATUS_AFTER[kind];
    return {
      chargeId: charge.charged.chargeId,
      amount: money(part, amount.currency),
      balanceAfter: money(balanceAfter, amount.currency),
      paymentStatus: balanceAfter === 0 ? status.fully : status.partially,
    };
  });
}

interface Spread {
  provenance: FeeFineProvenance;
  actionId: string;
  amount: Money;
  chargeIds: string[];
  comment?: string;
}

/** The checks every spread action shares: the desk, the amount, the charges as stated (canonical ids). */
function spreadOf(data: SpreadData, state: FeeFineLedgerState, { now, staffId }: FeeFineContext): Spread {
  const comment = optionalText(data.comment, 'comment');
  return {
    provenance: {
      borrowerId: requireBorrower(data.borrowerId, state.borrowerId),
      servicePointId: requireServicePoint(data.servicePointId),
      source: staffId,
      actedAt: now.toISOString(),
    },
    actionId: canonicalId(data.actionId.trim()),
    amount: requireAmount(data.amount, state.currency),
    chargeIds: data.chargeIds.map((id) => canonicalId(id.trim())),
    ...(comment !== undefined && { comment }),
  };
}

/** An action id already used: the same action again decides nothing (true); another action under it is refused. */
export function isRetry(state: FeeFineLedgerState, actionId: string, asked: string): boolean {
  if (!Object.hasOwn(state.actions, actionId)) return false;
  if (state.actions[actionId] === asked) return true;
  throw new FeeFineRuleViolation('action-already-recorded', `action ${actionId} has already been recorded as another action`);
}

const spreadFingerprint = (kind: SpreadKind, spread: Spread, rest: Record<string, unknown>) =>
  fingerprint(kind, {
    amount: moneyKey(spread.amount),
    chargeIds: spread.chargeIds,
    servicePointId: spread.provenance.servicePointId,
    comment: spread.comment,
    ...rest,
  });

function decided<T>(kind: SpreadKind, spread: Spread, state: FeeFineLedgerState, rest: Record<string, unknown>, build: (allocations: Allocation[]) => T): T[] {
  if (isRetry(state, spread.actionId, spreadFingerprint(kind, spread, rest))) return [];
  return [build(allocate(kind, spread.amount, selectedCharges(state, spread.chargeIds)))];
}

const actionData = ({ provenance, actionId, amount, comment }: Spread) => ({ ...provenance, actionId, amount, ...(comment !== undefined && { comment }) });

export function decidePay({ data }: PayFeesFines, state: FeeFineLedgerState, context: FeeFineContext): FinePaid[] {
  const spread = spreadOf(data, state, context);
  const method = requireOneOf(data.method, PAYMENT_METHODS, 'invalid-payment-method');
  const transactionInfo = optionalText(data.transactionInfo, 'transactionInfo');
  return decided('pay', spread, state, { method, transactionInfo }, (allocations) => ({
    ...actionData(spread),
    allocations,
    method,
    ...(transactionInfo !== undefined && { transactionInfo }),
  }));
}

export function decideWaive({ data }: WaiveFeesFines, state: FeeFineLedgerState, context: FeeFineContext): FineWaived[] {
  const spread = spreadOf(data, state, context);
  const reason = requiredText(data.reason, 'a waiver’s reason', 'reason-required');
  return decided('waive', spread, state, { reason }, (allocations) => ({ ...actionData(spread), allocations, reason }));
}

export function decideTransfer({ data }: TransferFeesFines, state: FeeFineLedgerState, context: FeeFineContext): FineTransferred[] {
  const spread = spreadOf(data, state, context);
  const target = requireOneOf(data.target, TRANSFER_TARGETS, 'invalid-transfer-target');
  const account = requiredText(data.account, 'the account transferred to', 'transfer-account-required');
  return decided('transfer', spread, state, { target, account }, (allocations) => ({ ...actionData(spread), allocations, target, account }));
}
