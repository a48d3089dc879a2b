import { CashUp, cashUpOfSums, CashUpPeriod, CashUpRefund, CashUpSums } from '@era/circulation-domain';
import { ProjectionView } from '@era/projection-engine';
import { FEE_FINE_COLLECTIONS, TakingDocument } from './documents';

/**
 * A day's takings (the period the caller computed in the library's time zone), per desk and method, as the domain's
 * `cashUp` counts them: payments taken in, refunds paid out netted against them and each listed, totals per currency.
 */
export async function cashUpOf(view: ProjectionView, period: CashUpPeriod, desk?: string): Promise<CashUp> {
  const sums = new Map<string, CashUpSums>();
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
  return cashUpOfSums([...sums.values()], refunds);
}
