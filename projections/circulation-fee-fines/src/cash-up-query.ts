import { CashUp, CashUpLine, CashUpPeriod, CashUpRefund, money, PaymentMethod } from '@era/circulation-domain';
import { ProjectionView } from '@era/projection-engine';
import { FEE_FINE_COLLECTIONS, TakingDocument } from './documents';

type Sums = { servicePointId: string; method: PaymentMethod; currency: string; taken: number; refunded: number; payments: number; refunds: number };

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A day's takings (the period the caller computed in the library's time zone), per desk and method, as the domain's
 * `cashUp` counts them: payments taken in, refunds paid out netted against them and each listed, totals per currency.
 */
export async function cashUpOf(view: ProjectionView, period: CashUpPeriod, desk?: string): Promise<CashUp> {
  const sums = new Map<string, Sums>();
  const refunds: CashUpRefund[] = [];
  const where = { actedAt: { gte: period.from, lt: period.to }, ...(desk !== undefined && { servicePointId: desk }) };
  for await (const taking of view.findAll<TakingDocument>(FEE_FINE_COLLECTIONS.takings, { where, sort: { field: 'actedAt' } })) {
    const { servicePointId, method, amount } = taking;
    const key = JSON.stringify([servicePointId, method, amount.currency]);
    const line = sums.get(key) ?? { servicePointId, method, currency: amount.currency, taken: 0, refunded: 0, payments: 0, refunds: 0 };
    sums.set(key, line);
    if (taking.kind === 'payment') {
      line.taken += amount.minor;
      line.payments += 1;
    } else {
      line.refunded += amount.minor;
      line.refunds += 1;
      const { actionId, borrowerId, chargeIds, staffId, reason, actedAt } = taking;
      refunds.push({ actionId, borrowerId, chargeId: chargeIds[0], servicePointId, method, amount, staffId, reason: reason ?? '', actedAt });
    }
  }
  const ordered = [...sums.values()].sort(
    (a, b) => compare(a.servicePointId, b.servicePointId) || compare(a.method, b.method) || compare(a.currency, b.currency),
  );
  const lines: CashUpLine[] = ordered.map(({ servicePointId, method, currency, taken, refunded, payments, refunds: count }) => ({
    servicePointId,
    method,
    taken: money(taken, currency),
    refunded: money(refunded, currency),
    net: money(taken - refunded, currency),
    payments,
    refunds: count,
  }));
  const currencies = [...new Set(ordered.map((line) => line.currency))].sort(compare);
  const totals = currencies.map((currency) => {
    const mine = ordered.filter((line) => line.currency === currency);
    const taken = mine.reduce((sum, line) => sum + line.taken, 0);
    const refunded = mine.reduce((sum, line) => sum + line.refunded, 0);
    return { taken: money(taken, currency), refunded: money(refunded, currency), net: money(taken - refunded, currency) };
  });
  return { lines, refunds, totals };
}
