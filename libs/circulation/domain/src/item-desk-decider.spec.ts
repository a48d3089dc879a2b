import { deciderSpecification } from '@era/decider/testing';
import { DEFAULT_OVERRIDE_POLICY, RefusalInForce } from './blocks';
import { DeskOverrides, ItemDeskContext, itemDeskDecider } from './item-desk-decider';
import { CheckOutItem, LoansRuleViolation, RenewLoan } from './loans';
import { BARCODE, BORROWER, checkedOut, loansContext, MAIN, NOW, registered, standing } from './loans/testing/loans-fixtures';

const deskSpec = deciderSpecification(itemDeskDecider, loansContext() as ItemDeskContext);

const checkOut: CheckOutItem = { type: 'CheckOutItem', data: { barcode: BARCODE, loanId: 'loan-2', borrowerId: BORROWER, desk: MAIN } };
const renew: RenewLoan = { type: 'RenewLoan', data: { barcode: BARCODE, borrowerId: BORROWER } };

const patronBlock: RefusalInForce = {
  blockType: 'patronBlock',
  message: 'Please pay your fines',
  patronBlocks: [{ source: 'manual', blockId: 'b-1', description: 'Fines unpaid', message: 'Please pay your fines' }],
};
const blocked = {
  borrower: standing({ blocks: [{ type: 'manual', message: 'Please pay your fines', borrowing: true, renewals: true, requests: true }] }),
  patronBlock,
};
const atLimit = { borrower: standing({ openLoans: 10, itemLimit: 10 }) };
const DUE = '2026-12-10T16:00:00.000Z';

const asking = (role: string, ...requests: DeskOverrides['requests']): Partial<ItemDeskContext> => ({
  overriding: { role, policy: DEFAULT_OVERRIDE_POLICY, desk: MAIN, requests },
});
const override = (blockType: string, comment = 'Thesis due tomorrow', extra: { dueDate?: string } = {}) => ({
  overrideId: `o-${blockType}`,
  blockType,
  comment,
  ...extra,
});

function refusal(run: () => unknown): LoansRuleViolation | undefined {
  try {
    run();
  } catch (error) {
    return error as LoansRuleViolation;
  }
  return undefined;
}

describe('a check-out at the desk, with overrides', () => {
  it('given nothing refusing, then the item is checked out and no override is recorded', () => {
    const events = deskSpec.given([registered()]).when(checkOut).events();
    expect(events.map((event) => event.type)).toEqual(['ItemCheckedOut']);
  });

  it('given a blocked borrower at their item limit, then it is refused listing every block with the permission that lifts it', () => {
    const refused = refusal(() =>
      deskSpec
        .given([registered()])
        .when(checkOut, { ...blocked, borrower: { ...blocked.borrower, openLoans: 10 } })
        .events(),
    );
    expect(refused).toBeInstanceOf(LoansRuleViolation);
    expect(refused).toMatchObject({ rule: 'borrower-blocked', kind: 'unprocessable' });
    expect(refused?.extensions?.blocks).toEqual([
      { blockType: 'patronBlock', message: 'Please pay your fines', permission: 'circulation.override-patron-block.post' },
      { blockType: 'itemLimitBlock', message: 'The borrower has 10 items out, the limit is 10', permission: 'circulation.override-item-limit-block.post' },
    ]);
  });

  it('given a patron block overridden by desk staff with a reason, then the grant and the check-out are decided together', () => {
    const [granted, checkedOutEvent] = deskSpec
      .given([registered()])
      .when(checkOut, { ...blocked, ...asking('desk', override('patronBlock')) })
      .events();
    expect(granted).toEqual({
      type: 'OverrideGranted',
      data: {
        overrideId: 'o-patronBlock',
        blockType: 'patronBlock',
        permission: 'circulation.override-patron-block.post',
        role: 'desk',
        reason: 'Thesis due tomorrow',
        grantedAt: NOW.toISOString(),
        message: 'Please pay your fines',
        patronBlocks: patronBlock.patronBlocks,
        borrowerId: BORROWER,
        itemId: BARCODE,
        loanId: 'loan-2',
        desk: MAIN,
      },
    });
    expect(checkedOutEvent).toMatchObject({
      type: 'ItemCheckedOut',
      data: {
        action: 'checkedOutThroughOverride',
        overrides: [{ overrideId: 'o-patronBlock', block: 'patronBlock', reason: 'Thesis due tomorrow', refusal: 'Please pay your fines' }],
      },
    });
  });

  it('given the item limit overridden, then the grant records the limit and the items out that triggered it', () => {
    const [granted] = deskSpec
      .given([registered()])
      .when(checkOut, { ...atLimit, ...asking('desk-head', override('itemLimitBlock')) })
      .events();
    expect(granted).toMatchObject({ type: 'OverrideGranted', data: { blockType: 'itemLimitBlock', facts: { itemLimit: 10, itemsOut: 10 } } });
  });

  const loanable = [registered()];
  const reference = [registered({ loanable: false, itemType: 'reference' })];
  const blockedAtLimit = { ...blocked, borrower: { ...blocked.borrower, openLoans: 10 } };
  it.each([
    ['by a student assistant', loanable, blocked, asking('student', override('patronBlock')), 'insufficient-override-permissions'],
    ['without a reason', loanable, blocked, asking('desk', override('patronBlock', '  ')), 'override-comment-required'],
    [
      'of a non-loanable item by desk staff',
      reference,
      {},
      asking('desk', override('itemNotLoanableBlock', 'Exam', { dueDate: DUE })),
      'insufficient-override-permissions',
    ],
    ['of a non-loanable item without a due date', reference, {}, asking('desk-head', override('itemNotLoanableBlock', 'Exam')), 'override-due-date-required'],
    ['of a block that does not refuse', loanable, {}, asking('desk-head', override('patronBlock')), 'block-not-in-force'],
    ['of one block of two in force', loanable, blockedAtLimit, asking('desk', override('patronBlock')), 'item-limit-reached'],
  ])('given an override %s, then it is refused and nothing is decided', (_case, history, context, overriding, rule) => {
    deskSpec
      .given(history)
      .when(checkOut, { ...context, ...overriding })
      .thenRefused(rule);
  });

  it('given a non-loanable item overridden by the head of the desk with a due date, then the loan is due then', () => {
    const events = deskSpec
      .given([registered({ loanable: false, itemType: 'reference' })])
      .when(checkOut, asking('desk-head', override('itemNotLoanableBlock', 'Exam tomorrow', { dueDate: DUE })))
      .events();
    expect(events.map((event) => event.type)).toEqual(['OverrideGranted', 'ItemCheckedOut']);
    expect(events[1]).toMatchObject({ data: { dueDate: DUE, action: 'checkedOutThroughOverride' } });
  });

  it('given the same check-out sent again with its overrides, then nothing is decided (no second grant)', () => {
    deskSpec
      .given([registered(), checkedOut({ loanId: 'loan-2' })])
      .when(checkOut, { ...blocked, ...asking('desk', override('patronBlock')) })
      .thenNothing();
  });

  it('given an item out to another borrower, then an override does not hide that it is out', () => {
    deskSpec
      .given([registered(), checkedOut({ borrowerId: 'borrower-bob' })])
      .when(checkOut, { ...blocked, ...asking('desk', override('patronBlock')) })
      .thenRefused('item-already-checked-out');
  });
});

describe('a renewal at the desk, with overrides', () => {
  const renewed = {
    type: 'LoanRenewed' as const,
    data: {
      barcode: BARCODE,
      loanId: 'loan-1',
      borrowerId: BORROWER,
      renewedAt: NOW.toISOString(),
      dueDate: '2026-12-30T22:59:59.999Z',
      renewalCount: 1,
      action: 'renewed' as const,
      overrides: [],
    },
  };
  const twiceRenewed = [registered(), checkedOut(), renewed, { ...renewed, data: { ...renewed.data, renewalCount: 2 } }];

  it('given a loan at its renewal limit, then it is refused naming the renewal block', () => {
    const refused = refusal(() => deskSpec.given(twiceRenewed).when(renew).events());
    expect(refused).toMatchObject({ rule: 'renewal-limit-reached' });
    expect(refused?.extensions?.blocks).toEqual([
      { blockType: 'renewalBlock', message: 'Loan has reached its maximum number of renewals (2)', permission: 'circulation.override-renewal-block.post' },
    ]);
  });

  it('given the renewal limit overridden by desk staff, then the grant and the renewal are decided together', () => {
    const events = deskSpec
      .given(twiceRenewed)
      .when(renew, asking('desk', override('renewalBlock', 'Reading for a viva')))
      .events();
    expect(events.map((event) => event.type)).toEqual(['OverrideGranted', 'LoanRenewed']);
    expect(events[0]).toMatchObject({ data: { blockType: 'renewalBlock', loanId: 'loan-1', facts: { renewalsSoFar: 2 } } });
    expect(events[1]).toMatchObject({ data: { renewalCount: 3, action: 'renewedThroughOverride' } });
  });

  it('given a renewal override without a reason, then FOLIO’s renewal wording refuses it', () => {
    deskSpec
      .given(twiceRenewed)
      .when(renew, asking('desk', override('renewalBlock', '')))
      .thenRefused('override-renewal-comment-required');
  });
});
