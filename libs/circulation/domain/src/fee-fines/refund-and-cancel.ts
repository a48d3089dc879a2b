import { canonicalId } from '@era/decider';
import { money } from '../money';
import { optionalText, requireAmount, requireBorrower, requiredText, requireOneOf, requireServicePoint } from './checks';
import { CancelFeeFine, RefundFeeFine } from './commands';
import { ChargeCancelledAsError, FineRefunded } from './events';
import { FeeFineContext } from './fee-fine-context';
import { FeeFineRuleViolation } from './fee-fine-rule-violation';
import { fingerprint, moneyKey } from './fingerprint';
import { ChargeState, chargeOf, FeeFineLedgerState } from './ledger-state';
import { isRetry } from './spread-actions';
import { CANCELLED_AS_ERROR, REFUND_METHODS } from './vocabulary';

function requireCharge(state: FeeFineLedgerState, chargeId: string): ChargeState {
  const charge = chargeOf(state, chargeId);
  if (!charge) throw new FeeFineRuleViolation('charge-not-found', `charge ${chargeId} is not on this borrower's ledger`);
  return charge;
}

/** Paid (or transferred) on the charge and not yet given back. */
const refundablePaid = (charge: ChargeState) => charge.paid - charge.refundedFromPayments;
const refundableTransferred = (charge: ChargeState) => charge.transferred - charge.refundedFromTransfers;

/**
 * Money paid on a charge given back by a payment method (or money transferred, back to the transfer account): never
 * more than that. As in FOLIO, the charge reopens with the amount refunded owed again (a waiver or cancellation
 * closes it if the library forgoes it); "Refunded fully" once nothing paid or transferred on it is left to refund.
 */
export function decideRefund({ data }: RefundFeeFine, state: FeeFineLedgerState, { now, staffId }: FeeFineContext): FineRefunded[] {
  const borrowerId = requireBorrower(data.borrowerId, state.borrowerId);
  const actionId = canonicalId(data.actionId.trim());
  const chargeId = canonicalId(data.chargeId.trim());
  const servicePointId = requireServicePoint(data.servicePointId);
  const amount = requireAmount(data.amount, state.currency);
  const method = requireOneOf(data.method, REFUND_METHODS, 'invalid-refund-method');
  const reason = requiredText(data.reason, 'a refund’s reason', 'reason-required');
  if (isRetry(state, actionId, fingerprint('refund', { chargeId, amount: moneyKey(amount), servicePointId, method, reason }))) return [];
  const charge = requireCharge(state, chargeId);
  const refundable = method === 'transfer-account' ? refundableTransferred(charge) : refundablePaid(charge);
  if (amount.minor > refundable) {
    const what = method === 'transfer-account' ? 'transferred' : 'paid';
    throw new FeeFineRuleViolation(
      'amount-exceeds-refundable',
      `${amount.minor} cannot be refunded: ${refundable} ${what} on charge ${chargeId} is left to refund`,
    );
  }
  const leftToRefund = refundablePaid(charge) + refundableTransferred(charge) - amount.minor;
  return [
    {
      borrowerId,
      servicePointId,
      source: staffId,
      actedAt: now.toISOString(),
      actionId,
      chargeId,
      amount,
      balanceAfter: money(charge.remaining + amount.minor, amount.currency),
      paymentStatus: leftToRefund === 0 ? 'Refunded fully' : 'Refunded partially',
      method,
      reason,
    },
  ];
}

/**
 * The whole charge withdrawn as a mistake (FOLIO CANCEL: full only, the account closed with nothing remaining).
 * Refused while money paid or transferred on it stands: refund it first, so that no money is lost from the record.
 */
export function decideCancel({ data }: CancelFeeFine, state: FeeFineLedgerState, { now, staffId }: FeeFineContext): ChargeCancelledAsError[] {
  const borrowerId = requireBorrower(data.borrowerId, state.borrowerId);
  const actionId = canonicalId(data.actionId.trim());
  const chargeId = canonicalId(data.chargeId.trim());
  const servicePointId = requireServicePoint(data.servicePointId);
  const reason = optionalText(data.reason, 'reason') ?? CANCELLED_AS_ERROR;
  if (isRetry(state, actionId, fingerprint('cancel', { chargeId, servicePointId, reason }))) return [];
  const charge = requireCharge(state, chargeId);
  if (charge.status === 'Closed') throw new FeeFineRuleViolation('fee-fine-already-closed', `Fee/fine is already closed: charge ${chargeId}`);
  const standing = refundablePaid(charge) + refundableTransferred(charge);
  if (standing > 0) {
    throw new FeeFineRuleViolation(
      'charge-has-payments',
      `charge ${chargeId} has ${standing} paid or transferred on it: refund it before cancelling the charge as an error`,
    );
  }
  const currency = charge.charged.amount.currency;
  return [
    {
      borrowerId,
      servicePointId,
      source: staffId,
      actedAt: now.toISOString(),
      actionId,
      chargeId,
      amount: money(charge.remaining, currency),
      balanceAfter: money(0, currency),
      reason,
    },
  ];
}
