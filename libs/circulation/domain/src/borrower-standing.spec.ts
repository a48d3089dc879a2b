import { BlockCondition, BlockConditionSettings, evaluateBlocks, initialBlockConditions, OverrideGranted } from './blocks';
import { blocksInForce, overrideGrantOf } from './borrower-standing';

const flagged: Readonly<Record<BlockCondition, BlockConditionSettings>> = {
  ...initialBlockConditions.conditions,
  maxNumberOfItemsChargedOut: { blockBorrowing: true, blockRenewals: true, blockRequests: true, message: 'Too many items out' },
};

const loans = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ loanId: `l-${n}`, dueDate: '2026-04-01T00:00:00Z', recall: false, itemLost: false, itemClaimedReturned: false }));

const evaluated = (itemsOut: number) =>
  evaluateBlocks(
    flagged,
    { maxNumberOfItemsChargedOut: 3 },
    { openLoans: loans(itemsOut), openFeesFines: [], now: new Date('2026-03-05T12:00:00Z'), today: '2026-03-05' },
  );

describe('the blocks in force as a loan decision takes them', () => {
  it.each([
    ['below the item limit', 2, []],
    ['at the item limit: borrowing only (FOLIO blocks renewals and requests only above it)', 3, [{ borrowing: true, renewals: false, requests: false }]],
    ['above the item limit: every action', 4, [{ borrowing: true, renewals: true, requests: true }]],
  ])('given a borrower %s, then the loans see those flags', (_, itemsOut, flags) => {
    expect(blocksInForce(evaluated(itemsOut))).toEqual(flags.map((flag) => ({ type: 'maxNumberOfItemsChargedOut', message: 'Too many items out', ...flag })));
  });
});

describe('an override granted, as a loan decision takes it', () => {
  const granted = (blockType: OverrideGranted['blockType'], dueDate?: string) =>
    ({ overrideId: 'o-1', blockType, reason: 'Thesis deadline', ...(dueDate && { dueDate }) }) as OverrideGranted;

  it.each([
    ['patronBlock', 'patronBlock'],
    ['requestPatronBlock', 'patronBlock'],
    ['itemLimitBlock', 'itemLimitBlock'],
    ['renewalBlock', 'renewalBlock'],
    ['renewalDueDateRequiredBlock', 'renewalBlock'],
  ] as const)('given a grant of %s, then it lifts the loans’ %s', (blockType, block) => {
    expect(overrideGrantOf(granted(blockType))).toEqual({ overrideId: 'o-1', block, reason: 'Thesis deadline' });
  });

  it('given a not-loanable override, then its due date goes with it', () => {
    expect(overrideGrantOf(granted('itemNotLoanableBlock', '2026-03-20T17:00:00Z'))).toEqual({
      overrideId: 'o-1',
      block: 'itemNotLoanableBlock',
      reason: 'Thesis deadline',
      dueDate: '2026-03-20T17:00:00Z',
    });
  });
});
