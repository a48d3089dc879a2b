import { Folded } from '@era/decider';
import { Money, money } from '../money';
import { FeeFineEvent } from './events';
import { PaymentMethod } from './vocabulary';

/** Takings at one desk by one method in one currency: paid in, refunded out, and the difference. */
export interface CashUpLine {
  servicePointId: string;
  method: PaymentMethod;
  taken: Money;
  refunded: Money;
  net: Money;
  payments: number;
  refunds: number;
}

/** A refund given at the desk, listed so that the head of the desk sees each one, by whom and why. */
export interface CashUpRefund {
  actionId: string;
  borrowerId: string;
  chargeId: string;
  servicePointId: string;
  method: PaymentMethod;
  amount: Money;
  staffId: string;
  reason: string;
  actedAt: string;
}

export interface CashUp {
  /** Ordered by desk, then method, then currency. */
  lines: CashUpLine[];
  refunds: CashUpRefund[];
  /** Net per currency over every desk and method. */
  totals: { taken: Money; refunded: Money; net: Money }[];
}

/** The instants of a day as the desk keeps it (the caller says where the day begins and ends): from inclusive, to exclusive. */
export interface CashUpPeriod {
  from: string;
  to: string;
}

const within = (actedAt: string, { from, to }: CashUpPeriod) => Date.parse(actedAt) >= Date.parse(from) && Date.parse(actedAt) < Date.parse(to);

/** What one desk took and paid out by one method in one currency, in minor units, and how many times. */
export type CashUpSums = {
  servicePointId: string;
  method: PaymentMethod;
  currency: string;
  taken: number;
  refunded: number;
  payments: number;
  refunds: number;
};

/**
 * A day's takings per desk and method, from the fee/fine events of every ledger: payments taken in, refunds paid out
 * by a payment method netted against them and listed. Waivers, transfers and cancellations move no money at a desk.
 */
export function cashUp(events: readonly Folded<FeeFineEvent>[], period: CashUpPeriod): CashUp {
  const sums = new Map<string, CashUpSums>();
  const refunds: CashUpRefund[] = [];
  const sumsOf = (servicePointId: string, method: PaymentMethod, currency: string): CashUpSums => {
    const key = JSON.stringify([servicePointId, method, currency]);
    const found = sums.get(key) ?? { servicePointId, method, currency, taken: 0, refunded: 0, payments: 0, refunds: 0 };
    sums.set(key, found);
    return found;
  };
  for (const event of events) {
    if (!within(event.data.actedAt, period)) continue;
    if (event.type === 'FinePaid') {
      const line = sumsOf(event.data.servicePointId, event.data.method, event.data.amount.currency);
      line.taken += event.data.amount.minor;
      line.payments += 1;
    } else if (event.type === 'FineRefunded' && event.data.method !== 'transfer-account') {
      const { actionId, borrowerId, chargeId, servicePointId, amount, source, reason, actedAt } = event.data;
      const method = event.data.method;
      const line = sumsOf(servicePointId, method, amount.currency);
      line.refunded += amount.minor;
      line.refunds += 1;
      refunds.push({ actionId, borrowerId, chargeId, servicePointId, method, amount, staffId: source, reason, actedAt });
    }
  }
  return cashUpOfSums([...sums.values()], refunds);
}

/** The cash-up of what each desk took and paid out by each method: lines ordered by desk, method and currency, net per currency. */
export function cashUpOfSums(sums: readonly CashUpSums[], refunds: CashUpRefund[]): CashUp {
  const ordered = [...sums].sort((a, b) => compare(a.servicePointId, b.servicePointId) || compare(a.method, b.method) || compare(a.currency, b.currency));
  const lines = ordered.map(({ servicePointId, method, currency, taken, refunded, payments, refunds: count }) => ({
    servicePointId,
    method,
    taken: money(taken, currency),
    refunded: money(refunded, currency),
    net: money(taken - refunded, currency),
    payments,
    refunds: count,
  }));
  return { lines, refunds, totals: totalsOf(ordered) };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function totalsOf(sums: readonly CashUpSums[]): CashUp['totals'] {
  const currencies = [...new Set(sums.map((s) => s.currency))].sort(compare);
  return currencies.map((currency) => {
    const mine = sums.filter((s) => s.currency === currency);
    const taken = mine.reduce((sum, s) => sum + s.taken, 0);
    const refunded = mine.reduce((sum, s) => sum + s.refunded, 0);
    return { taken: money(taken, currency), refunded: money(refunded, currency), net: money(taken - refunded, currency) };
  });
}
