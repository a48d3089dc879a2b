import { Folded } from '@era/decider';
import { cashUp } from './cash-up';
import { FeeFineEvent } from './events';
import { borrowerStatement } from './statement';
import { cancel, charge, decided, eur, pay, refund, STAFF, transfer, waive } from './testing/fee-fine-fixtures';

const at = (time: string) => ({ now: new Date(time) });
const BRANCH = 'branch-desk';

/**
 * A day at two desks for borrower b-1: an overdue fine and a lost item fee charged; part paid in cash at the main
 * desk, the rest by card at the branch over both charges; the item found, so part refunded in cash and the rest waived;
 * a replacement card fee paid partly online; the next morning part of it in cash.
 */
const borrowerDay = decided(
  [charge('c-1', 250), at('2026-03-05T09:00:00Z')],
  [charge('c-2', 4000, { feeFineType: 'lost-item-fee', itemId: 'item-7' }), at('2026-03-05T09:05:00Z')],
  [pay('a-1', 1000, ['c-2']), at('2026-03-05T10:00:00Z')],
  [pay('a-2', 3250, ['c-1', 'c-2'], { method: 'card', servicePointId: BRANCH }), { ...at('2026-03-05T11:00:00Z'), staffId: 's-branch' }],
  [refund('a-3', 1500, 'c-2', { reason: 'item found' }), at('2026-03-05T12:00:00Z')],
  [waive('a-4', 1500, ['c-2'], { reason: 'item returned undamaged' }), at('2026-03-05T12:30:00Z')],
  [charge('c-3', 300, { feeFineType: 'replacement-card-fee', loanId: undefined }), at('2026-03-05T13:00:00Z')],
  [pay('a-5', 100, ['c-3'], { method: 'online' }), at('2026-03-05T13:01:00Z')],
  [pay('a-6', 150, ['c-3']), at('2026-03-06T09:00:00Z')],
);

/** Another borrower the same day: a payment in cash, a transfer refunded to the bursar, a cancelled charge. */
const other = { borrowerId: 'b-2' };
const otherDay = decided(
  [charge('d-1', 800, other), at('2026-03-05T08:00:00Z')],
  [charge('d-2', 2000, { ...other, feeFineType: 'damaged-item', description: 'water damage', loanId: undefined }), at('2026-03-05T08:01:00Z')],
  [charge('d-3', 999, other), at('2026-03-05T08:02:00Z')],
  [pay('e-1', 500, ['d-1'], other), at('2026-03-05T14:00:00Z')],
  [transfer('e-2', 2000, ['d-2'], other), at('2026-03-05T15:00:00Z')],
  [refund('e-3', 2000, 'd-2', { ...other, method: 'transfer-account', reason: 'bursar reversed' }), at('2026-03-05T16:00:00Z')],
  [cancel('e-4', 'd-3', other), at('2026-03-05T16:30:00Z')],
);

describe("a borrower's statement", () => {
  const statement = borrowerStatement(borrowerDay);

  it('lists each charge in the order charged with what it owes now, and the total owed', () => {
    expect(statement.charges.map(({ chargeId, amount, remaining, status, paymentStatus }) => ({ chargeId, amount, remaining, status, paymentStatus }))).toEqual(
      [
        { chargeId: 'c-1', amount: eur(250), remaining: eur(0), status: 'Closed', paymentStatus: 'Paid fully' },
        { chargeId: 'c-2', amount: eur(4000), remaining: eur(0), status: 'Closed', paymentStatus: 'Waived fully' },
        { chargeId: 'c-3', amount: eur(300), remaining: eur(50), status: 'Open', paymentStatus: 'Paid partially' },
      ],
    );
    expect(statement.totalOwed).toEqual(eur(50));
  });

  it('shows under a charge each action with its part, the running balance, the method or reason, the desk and the staff member', () => {
    const lost = statement.charges[1];
    expect(lost).toMatchObject({ feeFineType: 'lost-item-fee', automatic: true, itemId: 'item-7', loanId: 'loan-c-2' });
    expect(
      lost.lines.map(({ type, actionId, amount, balanceAfter, method, reason, servicePointId, staffId }) => [
        type,
        actionId,
        amount.minor,
        balanceAfter.minor,
        method ?? reason,
        servicePointId,
        staffId,
      ]),
    ).toEqual([
      ['charged', 'c-2', 4000, 4000, undefined, 'main-desk', STAFF],
      ['paid', 'a-1', 1000, 3000, 'cash', 'main-desk', STAFF],
      ['paid', 'a-2', 3000, 0, 'card', BRANCH, 's-branch'],
      ['refunded', 'a-3', 1500, 1500, 'cash', 'main-desk', STAFF],
      ['waived', 'a-4', 1500, 0, 'item returned undamaged', 'main-desk', STAFF],
    ]);
  });

  it('shows the part of a payment spread over two charges under each of them', () => {
    expect(statement.charges[0].lines.map((line) => [line.type, line.actionId, line.amount.minor, line.balanceAfter.minor])).toEqual([
      ['charged', 'c-1', 250, 250],
      ['paid', 'a-2', 250, 0],
    ]);
  });

  it('shows transfers, refunds to the transfer account and cancellations, and nothing owed for them', () => {
    const { charges, totalOwed } = borrowerStatement(otherDay);
    expect(charges.map((c) => [c.chargeId, c.remaining.minor, c.paymentStatus, c.lines.map((l) => l.type)])).toEqual([
      ['d-1', 300, 'Paid partially', ['charged', 'paid']],
      ['d-2', 2000, 'Refunded fully', ['charged', 'transferred', 'refunded']],
      ['d-3', 0, 'Cancelled as error', ['charged', 'cancelled-as-error']],
    ]);
    expect(charges[1]).toMatchObject({ automatic: false, description: 'water damage' });
    expect(totalOwed).toEqual(eur(2300));
  });

  it('is empty, owing nothing, for a borrower never charged', () => {
    expect(borrowerStatement([])).toEqual({ charges: [], totalOwed: { minor: 0, currency: 'XXX' } });
  });
});

describe('the cash-up of a day', () => {
  const day = { from: '2026-03-05T00:00:00Z', to: '2026-03-06T00:00:00Z' };
  const everything: Folded<FeeFineEvent>[] = [...otherDay, ...borrowerDay];

  it('totals the takings per desk and method, refunds netted, the next day left out', () => {
    expect(cashUp(everything, day).lines).toEqual([
      { servicePointId: BRANCH, method: 'card', taken: eur(3250), refunded: eur(0), net: eur(3250), payments: 1, refunds: 0 },
      { servicePointId: 'main-desk', method: 'cash', taken: eur(1500), refunded: eur(1500), net: eur(0), payments: 2, refunds: 1 },
      { servicePointId: 'main-desk', method: 'online', taken: eur(100), refunded: eur(0), net: eur(100), payments: 1, refunds: 0 },
    ]);
  });

  it('totals the day over every desk: waivers, transfers, refunds to the transfer account and cancellations move no money at a desk', () => {
    expect(cashUp(everything, day).totals).toEqual([{ taken: eur(4850), refunded: eur(1500), net: eur(3350) }]);
  });

  it('lists each refund given at a desk with who gave it and why', () => {
    expect(cashUp(everything, day).refunds).toEqual([
      {
        actionId: 'a-3',
        borrowerId: 'b-1',
        chargeId: 'c-2',
        servicePointId: 'main-desk',
        method: 'cash',
        amount: eur(1500),
        staffId: STAFF,
        reason: 'item found',
        actedAt: '2026-03-05T12:00:00.000Z',
      },
    ]);
  });

  it('counts the next day only its own payment', () => {
    const next = cashUp(everything, { from: '2026-03-06T00:00:00Z', to: '2026-03-07T00:00:00Z' });
    expect(next.lines).toEqual([{ servicePointId: 'main-desk', method: 'cash', taken: eur(150), refunded: eur(0), net: eur(150), payments: 1, refunds: 0 }]);
    expect(next.refunds).toEqual([]);
  });

  it('keeps each currency apart', () => {
    const pounds = decided(
      [charge('g-1', 700, { borrowerId: 'b-3', amount: { minor: 700, currency: 'GBP' } }), at('2026-03-05T10:00:00Z')],
      [pay('g-2', 700, ['g-1'], { borrowerId: 'b-3', amount: { minor: 700, currency: 'GBP' } }), at('2026-03-05T10:30:00Z')],
    );
    const { totals } = cashUp([...everything, ...pounds], day);
    expect(totals).toEqual([
      { taken: eur(4850), refunded: eur(1500), net: eur(3350) },
      { taken: { minor: 700, currency: 'GBP' }, refunded: { minor: 0, currency: 'GBP' }, net: { minor: 700, currency: 'GBP' } },
    ]);
  });
});
