import { Money } from '../money';
import { FeeFineEvent } from './events';

/** Money as one comparable value, whatever order its fields were stored in. */
export const moneyKey = (amount: Money): string => `${amount.minor} ${amount.currency}`;

/**
 * What an action asked, as a canonical string: built from the command once it is checked and from the event it
 * decided, so that a retry under the same action id is recognised whatever state the ledger has reached since.
 * Who took it and when are not part of it (a retry arrives later, perhaps from another session).
 */
export function fingerprint(type: string, asked: Readonly<Record<string, unknown>>): string {
  const defined = Object.entries(asked).filter(([, value]) => value !== undefined);
  return JSON.stringify([type, Object.fromEntries(defined.sort(([a], [b]) => (a < b ? -1 : 1)))]);
}

/** The fingerprint of the action an event records (none for a charge, whose id is its own key). */
export function fingerprintOfEvent(event: FeeFineEvent): string {
  switch (event.type) {
    case 'FeeCharged':
      return '';
    case 'FinePaid': {
      const { amount, allocations, servicePointId, comment, method, transactionInfo } = event.data;
      return fingerprint('pay', { amount: moneyKey(amount), chargeIds: allocations.map((a) => a.chargeId), servicePointId, comment, method, transactionInfo });
    }
    case 'FineWaived': {
      const { amount, allocations, servicePointId, comment, reason } = event.data;
      return fingerprint('waive', { amount: moneyKey(amount), chargeIds: allocations.map((a) => a.chargeId), servicePointId, comment, reason });
    }
    case 'FineTransferred': {
      const { amount, allocations, servicePointId, comment, target, account } = event.data;
      return fingerprint('transfer', { amount: moneyKey(amount), chargeIds: allocations.map((a) => a.chargeId), servicePointId, comment, target, account });
    }
    case 'FineRefunded': {
      const { chargeId, amount, servicePointId, method, reason } = event.data;
      return fingerprint('refund', { chargeId, amount: moneyKey(amount), servicePointId, method, reason });
    }
    case 'ChargeCancelledAsError': {
      const { chargeId, servicePointId, reason } = event.data;
      return fingerprint('cancel', { chargeId, servicePointId, reason });
    }
  }
}
