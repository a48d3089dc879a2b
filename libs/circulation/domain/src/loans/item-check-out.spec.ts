import { CheckOutItem } from './item-commands';
import { ItemEvent } from './item-events';
import { LoansContext } from './loans-context';
import {
  BARCODE,
  BORROWER,
  checkedOut,
  grant,
  itemSpec,
  MAIN,
  NOW,
  OTHER_BORROWER,
  registered,
  SHORT_LOAN,
  standing,
  TITLE_ID,
} from './testing/loans-fixtures';

const checkOut = (borrowerId = BORROWER): CheckOutItem => ({ type: 'CheckOutItem', data: { barcode: BARCODE, loanId: 'loan-2', borrowerId, desk: MAIN } });
const blocked = standing({
  blocks: [{ type: 'max-outstanding-balance', message: 'Please pay your fines', borrowing: true, renewals: false, requests: false }],
});
const atLimit = standing({ openLoans: 10, itemLimit: 10 });
const notLoanable = registered({ loanable: false, itemType: 'reference' });
const onHoldShelfFor = (borrowerId: string): ItemEvent => ({
  type: 'ItemAwaitingPickup',
  data: { barcode: BARCODE, titleId: TITLE_ID, holdId: 'hold-1', borrowerId, pickupLocation: MAIN },
});
const claimed: ItemEvent = {
  type: 'LoanClaimedReturned',
  data: {
    barcode: BARCODE,
    loanId: 'loan-1',
    borrowerId: BORROWER,
    claimedAt: NOW.toISOString(),
    comment: 'returned in the book drop',
    action: 'claimedReturned',
  },
};
const inTransit: ItemEvent = { type: 'ItemInTransit', data: { barcode: BARCODE, from: 'science-library', destination: MAIN } };

/** 3 December + 28 days = Thursday 31 December, open: due at the end of that day in Amsterdam. */
const due = '2026-12-31T22:59:59.999Z';
const loan = (extra: object = {}): ItemEvent => ({
  type: 'ItemCheckedOut',
  data: {
    barcode: BARCODE,
    loanId: 'loan-2',
    borrowerId: BORROWER,
    desk: MAIN,
    loanDate: NOW.toISOString(),
    dueDate: due,
    loanPolicyId: 'standard-28',
    action: 'checkedout',
    overrides: [],
    ...extra,
  },
});

describe('checking an item out', () => {
  it('lends an available item until the due date its loan policy and the calendar give', () => {
    itemSpec.given([registered()]).when(checkOut()).then([loan()]);
  });

  it('takes the same loan sent again as a retry', () => {
    itemSpec.given([registered(), loan()]).when(checkOut()).thenNothing();
  });

  it('is refused when the opening calendar has no open weekday', () => {
    const library = { timeZone: 'Europe/Amsterdam', opening: { closedWeekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const, closures: [] } };
    itemSpec
      .given([registered()])
      .when(checkOut(), { library })
      .thenRefused('invalid-opening-calendar', /every weekday is closed/);
  });

  it('lends to a borrower one below the item limit, and to one blocked only from renewing', () => {
    const renewalsOnly = { type: 'manual', message: 'Talk to the desk', borrowing: false, renewals: true, requests: false };
    itemSpec
      .given([registered()])
      .when(checkOut(), { borrower: standing({ openLoans: 9, itemLimit: 10, blocks: [renewalsOnly] }) })
      .then([loan()]);
  });

  it.each<[string, ItemEvent[], Partial<LoansContext>, string]>([
    ['an unknown barcode', [], {}, 'item-not-found'],
    ['an item already checked out', [registered(), checkedOut()], {}, 'item-already-checked-out'],
    ['an item claimed returned (its loan is still open)', [registered(), checkedOut(), claimed], {}, 'item-already-checked-out'],
    ['an item in transit', [registered(), inTransit], {}, 'item-not-available'],
    ['an item on the hold shelf for another borrower', [registered(), onHoldShelfFor(OTHER_BORROWER)], {}, 'item-on-hold-for-another-borrower'],
    ['a non-loanable item', [notLoanable], {}, 'item-not-loanable'],
    ['a borrower blocked from borrowing', [registered()], { borrower: blocked }, 'borrower-blocked'],
    ['a borrower at the item limit', [registered()], { borrower: atLimit }, 'item-limit-reached'],
    [
      'a borrower at the limit with only a patron-block override',
      [registered()],
      { borrower: atLimit, overrides: [grant('patronBlock')] },
      'item-limit-reached',
    ],
    ['a non-loanable item overridden without a due date', [notLoanable], { overrides: [grant('itemNotLoanableBlock')] }, 'override-due-date-required'],
    [
      'a non-loanable item overridden with a due date already past',
      [notLoanable],
      { overrides: [grant('itemNotLoanableBlock', { dueDate: '2026-12-02T12:00:00Z' })] },
      'override-due-date-required',
    ],
  ])('is refused for %s', (_case, history, context, rule) => {
    itemSpec.given(history).when(checkOut(), context).thenRefused(rule);
  });

  it('lists every block that refuses, so the desk can ask for each override at once', () => {
    expect(() =>
      itemSpec
        .given([notLoanable])
        .when(checkOut(), { borrower: { ...atLimit, blocks: blocked.blocks } })
        .events(),
    ).toThrow(
      expect.objectContaining({
        rule: 'item-not-loanable',
        extensions: { blocks: expect.arrayContaining([expect.objectContaining({ block: 'itemLimitBlock' })]) },
      }),
    );
  });

  it.each([
    ['patronBlock', { borrower: blocked }, 'Please pay your fines'],
    ['itemLimitBlock', { borrower: atLimit }, 'The borrower has 10 items out, the limit is 10'],
  ] as const)('lends through a granted %s override, naming it and what it overrode', (block, context, refusal) => {
    itemSpec
      .given([registered()])
      .when(checkOut(), { ...context, overrides: [grant(block)] })
      .then([
        loan({ action: 'checkedOutThroughOverride', overrides: [{ overrideId: `override-${block}`, block, reason: 'Needed for an exam tomorrow', refusal }] }),
      ]);
  });

  it('lends a non-loanable item through an override until the due date staff set', () => {
    const overrides = [grant('itemNotLoanableBlock', { dueDate: '2026-12-04T16:00:00Z' })];
    itemSpec
      .given([notLoanable])
      .when(checkOut(), { overrides })
      .then([
        loan({
          dueDate: '2026-12-04T16:00:00.000Z',
          action: 'checkedOutThroughOverride',
          overrides: [
            {
              overrideId: 'override-itemNotLoanableBlock',
              block: 'itemNotLoanableBlock',
              reason: 'Needed for an exam tomorrow',
              refusal: `Item ${BARCODE} is not loanable`,
            },
          ],
        }),
      ]);
  });

  it('records only the overrides it needed', () => {
    itemSpec
      .given([registered()])
      .when(checkOut(), { overrides: [grant('patronBlock')] })
      .then([loan()]);
  });

  it('lends an item on the hold shelf to the borrower it waits for, picking up the hold', () => {
    itemSpec
      .given([registered(), onHoldShelfFor(BORROWER)])
      .when(checkOut())
      .then([loan({ holdId: 'hold-1' })]);
  });

  describe('on course reserve', () => {
    const onReserve = (termStart: string, termEnd: string): ItemEvent => ({
      type: 'ItemPlacedOnReserve',
      data: { barcode: BARCODE, courseId: 'course-chem-101', termStart, termEnd, shortLoanPolicy: SHORT_LOAN },
    });

    it("lends under the course's short-loan policy during the term", () => {
      itemSpec
        .given([registered(), onReserve('2026-09-01', '2026-12-18')])
        .when(checkOut())
        .then([loan({ dueDate: '2026-12-03T13:00:00.000Z', loanPolicyId: 'reserve-4h', courseId: 'course-chem-101' })]);
    });

    it.each([
      ['before the term', '2027-01-04', '2027-04-30'],
      ['after the term', '2026-09-01', '2026-12-02'],
    ])('lends under the regular policy %s', (_case, termStart, termEnd) => {
      itemSpec
        .given([registered(), onReserve(termStart, termEnd)])
        .when(checkOut())
        .then([loan()]);
    });

    it('lends under the regular policy once taken off reserve', () => {
      itemSpec
        .given([registered(), onReserve('2026-09-01', '2026-12-18'), { type: 'ItemTakenOffReserve', data: { barcode: BARCODE, courseId: 'course-chem-101' } }])
        .when(checkOut())
        .then([loan()]);
    });
  });
});
