import { ItemCommand, RecallLoan } from './item-commands';
import { ItemEvent } from './item-events';
import { LoanPolicy } from './loan-policy';
import { BARCODE, BORROWER, checkedOut, itemSpec, NOW, POLICY, registered, SHORT_LOAN } from './testing/loans-fixtures';

/** Lent Tuesday 1 December, due 29 December; recalled, back within 7 days, but kept at least 14 days from the loan. */
const RECALLABLE: LoanPolicy = {
  ...POLICY,
  recalls: { returnInterval: { duration: 7, interval: 'days' }, minimumGuaranteedLoanPeriod: { duration: 14, interval: 'days' } },
};
const recall = (extra: Partial<RecallLoan['data']> = {}): RecallLoan => ({
  type: 'RecallLoan',
  data: { barcode: BARCODE, reason: 'Needed for a course', ...extra },
});
const recalled = (dueDate: string, extra: object = {}, previousDueDate = '2026-12-29T22:59:59.999Z', recalledAt = NOW.toISOString()): ItemEvent => ({
  type: 'LoanRecalled',
  data: {
    barcode: BARCODE,
    loanId: 'loan-1',
    borrowerId: BORROWER,
    recalledAt,
    previousDueDate,
    dueDate,
    reason: 'Needed for a course',
    ...extra,
    action: 'recallrequested',
  },
});
const lent = [registered(), checkedOut()];
const on = (instant: string) => ({ now: new Date(instant), loanPolicy: RECALLABLE });

describe('recalling a loan', () => {
  it('brings the due date forward to the minimum guaranteed loan period when the return interval would end sooner', () => {
    // Recalled on 3 December: back by 10 December, but the borrower keeps it 14 days from 1 December.
    itemSpec
      .given(lent)
      .when(recall({ holdId: 'hold-1' }), on(NOW.toISOString()))
      .then([recalled('2026-12-15T22:59:59.999Z', { holdId: 'hold-1' })]);
  });

  it('brings the due date forward to the return interval from the recall, moved off closed days by the loan policy', () => {
    // 17 December + 7 days = Christmas Eve: closed to the 27th (a Sunday), so due Monday 28 December.
    itemSpec
      .given(lent)
      .when(recall(), on('2026-12-17T09:00:00Z'))
      .then([recalled('2026-12-28T22:59:59.999Z', {}, undefined, '2026-12-17T09:00:00.000Z')]);
  });

  it('never makes a loan due later than it was: recalled near its due date, or overdue, the due date stays', () => {
    itemSpec
      .given(lent)
      .when(recall(), on('2026-12-28T09:00:00Z'))
      .then([recalled('2026-12-29T22:59:59.999Z', {}, undefined, '2026-12-28T09:00:00.000Z')]);
    itemSpec
      .given([registered(), checkedOut({ dueDate: '2026-11-20T22:59:59.999Z' })])
      .when(recall(), on(NOW.toISOString()))
      .then([recalled('2026-11-20T22:59:59.999Z', {}, '2026-11-20T22:59:59.999Z')]);
  });

  it('decides nothing for the same hold’s recall sent again', () => {
    itemSpec
      .given([...lent, recalled('2026-12-15T22:59:59.999Z', { holdId: 'hold-1' })])
      .when(recall({ holdId: 'hold-1' }), on(NOW.toISOString()))
      .thenNothing();
  });

  it('refuses to renew a recalled loan, even with renewals left', () => {
    itemSpec
      .given([...lent, recalled('2026-12-15T22:59:59.999Z')])
      .when({ type: 'RenewLoan', data: { barcode: BARCODE, borrowerId: BORROWER } }, on(NOW.toISOString()))
      .thenRefused('loan-recalled');
  });

  const claimed: ItemEvent = {
    type: 'LoanClaimedReturned',
    data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, claimedAt: NOW.toISOString(), comment: 'book drop', action: 'claimedReturned' },
  };
  const lost: ItemEvent = {
    type: 'LoanDeclaredLost',
    data: { barcode: BARCODE, loanId: 'loan-1', borrowerId: BORROWER, declaredAt: NOW.toISOString(), action: 'declaredLost' },
  };
  const reserve = { id: 'course-reserve-2h', loanPeriod: { duration: 2, interval: 'hours' as const }, closedDayRule: 'keep' as const, renewalLimit: 0 };
  const onReserve: ItemEvent[] = [
    registered({ itemType: 'reserve' }),
    { type: 'ItemPlacedOnReserve', data: { barcode: BARCODE, courseId: 'HIST-101', termStart: '2026-11-01', termEnd: '2027-01-31', shortLoanPolicy: reserve } },
    { ...checkedOut(), data: { ...checkedOut().data, loanPolicyId: reserve.id, courseId: 'HIST-101' } },
  ];

  it.each<[string, ItemEvent[], ItemCommand, Partial<{ loanPolicy: LoanPolicy }>, string]>([
    ['an item not out', [registered()], recall(), {}, 'item-not-checked-out'],
    ['an item claimed returned', [...lent, claimed], recall(), {}, 'item-not-checked-out'],
    ['an item declared lost', [...lent, lost], recall(), {}, 'item-not-checked-out'],
    [
      'a loan already recalled',
      [...lent, recalled('2026-12-15T22:59:59.999Z', { holdId: 'hold-1' })],
      recall({ holdId: 'hold-2' }),
      {},
      'loan-already-recalled',
    ],
    ['a loan already recalled, asked again with no hold', [...lent, recalled('2026-12-15T22:59:59.999Z')], recall(), {}, 'loan-already-recalled'],
    ['a short loan whose policy allows no recalls', lent, recall(), { loanPolicy: SHORT_LOAN }, 'loan-not-recallable'],
    ['a course reserve loan (its short-loan policy allows no recalls)', onReserve, recall(), {}, 'loan-not-recallable'],
    ['a recall without a reason', lent, recall({ reason: '  ' }), {}, 'reason-required'],
    ['a recall of an unknown item', [], recall(), {}, 'item-not-found'],
  ])('refuses %s', (_case, history, command, context, rule) => {
    itemSpec
      .given(history)
      .when(command, { ...on(NOW.toISOString()), ...context })
      .thenRefused(rule);
  });
});
