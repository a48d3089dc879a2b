import { Money, money, NO_CURRENCY, StatementCharge } from '@era/circulation-domain';
import { ProjectionView } from '@era/projection-engine';
import { ChargeDocument, ChargeTotals, FEE_FINE_COLLECTIONS, StatementLineDocument } from './documents';

export type StatementChargeView = Omit<StatementCharge, 'lines'> & { lines: StatementLineDocument[]; totals: ChargeTotals };

/** What the borrower was charged and what became of it, over every charge; `owed` is what remains on open charges. */
export interface StatementTotals {
  charged: Money;
  paid: Money;
  waived: Money;
  transferred: Money;
  refunded: Money;
  cancelled: Money;
  owed: Money;
}

/** A borrower's statement as the projection keeps it: the domain's `borrowerStatement`, with each line's staff role and totals. */
export interface StatementReport {
  borrowerId: string;
  charges: StatementChargeView[];
  totalOwed: Money;
  totals: StatementTotals;
}

const SUMMED: readonly (keyof ChargeTotals)[] = ['charged', 'paid', 'waived', 'transferred', 'refunded', 'cancelled'];

/** Every charge of the borrower in the order charged, with its actions; one ledger has one currency (none yet: XXX). */
export async function borrowerStatementOf(view: ProjectionView, borrowerId: string): Promise<StatementReport> {
  const charges: StatementChargeView[] = [];
  for await (const document of view.findAll<ChargeDocument>(FEE_FINE_COLLECTIONS.charges, { where: { borrowerId }, sort: { field: 'sequence' } })) {
    const {
      id: _id,
      borrowerId: _borrower,
      sequence: _sequence,
      chargedAt: _chargedAt,
      _position,
      ...charge
    } = document as ChargeDocument & { _position?: number };
    charges.push(charge);
  }
  const currency = charges[0]?.amount.currency ?? NO_CURRENCY;
  const sum = (pick: (charge: StatementChargeView) => number) =>
    money(
      charges.reduce((total, charge) => total + pick(charge), 0),
      currency,
    );
  const totals = Object.fromEntries(SUMMED.map((key) => [key, sum((charge) => charge.totals[key])])) as Omit<StatementTotals, 'owed'>;
  const owed = sum((charge) => charge.remaining.minor);
  return { borrowerId, charges, totalOwed: owed, totals: { ...totals, owed } };
}
