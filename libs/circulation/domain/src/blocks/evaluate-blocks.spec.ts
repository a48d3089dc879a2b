import { money } from '../money';
import { BLOCKED_ACTIONS, BlockCondition, BlockedAction, BlockLimitValue, FLAG_OF_ACTION } from './block-conditions';
import { BlockConditionSettings, initialBlockConditions } from './block-conditions-decider';
import { BorrowerBlockFacts, evaluateBlocks, isBlocked, OpenFeeFineFact, OpenLoanFact } from './evaluate-blocks';
import { ManualBlock } from './manual-blocks';

const NOW = new Date('2026-03-05T12:00:00Z');
const TODAY = '2026-03-05';
const DAY = 24 * 60 * 60 * 1000;

const loan = (n: number, details: Partial<OpenLoanFact> = {}): OpenLoanFact => ({
  loanId: `loan-${n}`,
  dueDate: new Date(NOW.getTime() + 7 * DAY).toISOString(),
  recall: false,
  itemLost: false,
  itemClaimedReturned: false,
  ...details,
});
const overdueBy = (days: number) => new Date(NOW.getTime() - days * DAY - 60_000).toISOString();
const fee = (n: number, minor: number, details: Partial<OpenFeeFineFact> = {}): OpenFeeFineFact => ({
  feeFineId: `fee-${n}`,
  balance: money(minor, 'EUR'),
  ...details,
});
const times = <T>(count: number, make: (n: number) => T): T[] => Array.from({ length: count }, (_, n) => make(n));
const facts = (details: Partial<BorrowerBlockFacts> = {}): BorrowerBlockFacts => ({ openLoans: [], openFeesFines: [], now: NOW, today: TODAY, ...details });

/** Facts whose value for a condition is exactly `actual` (a count, days, or minor units of EUR). */
const FACTS_WITH: Record<BlockCondition, (actual: number) => BorrowerBlockFacts> = {
  maxNumberOfItemsChargedOut: (actual) => facts({ openLoans: times(actual, (n) => loan(n)) }),
  maxNumberOfLostItems: (actual) => facts({ openLoans: [...times(actual, (n) => loan(n, { itemLost: true })), loan(99)] }),
  maxNumberOfOverdueItems: (actual) => facts({ openLoans: [...times(actual, (n) => loan(n, { dueDate: overdueBy(1) })), loan(99)] }),
  maxNumberOfOverdueRecalls: (actual) =>
    facts({
      openLoans: [...times(actual, (n) => loan(n, { dueDate: overdueBy(1), recall: true })), loan(98, { recall: true }), loan(99, { dueDate: overdueBy(1) })],
    }),
  recallOverdueByMaximumNumberOfDays: (actual) =>
    facts({ openLoans: [loan(1, { dueDate: overdueBy(actual), recall: true }), loan(2, { dueDate: overdueBy(30) })] }),
  maxOutstandingFeeFineBalance: (actual) => facts({ openFeesFines: [fee(1, actual - 100), fee(2, 100)] }),
};
const LIMIT = 3;
const limitOf = (condition: BlockCondition): BlockLimitValue => (condition === 'maxOutstandingFeeFineBalance' ? money(3000, 'EUR') : LIMIT);
const actualAt = (condition: BlockCondition, offset: number) => (condition === 'maxOutstandingFeeFineBalance' ? 3000 + offset : LIMIT + offset);
const shown = (condition: BlockCondition, actual: number): BlockLimitValue => (condition === 'maxOutstandingFeeFineBalance' ? money(actual, 'EUR') : actual);

/** Only this action's flag set, with a message. */
const conditionsBlocking = (condition: BlockCondition, action: BlockedAction) => ({
  ...initialBlockConditions.conditions,
  [condition]: { blockBorrowing: false, blockRenewals: false, blockRequests: false, [FLAG_OF_ACTION[action]]: true, message: `${condition} reached` },
});

type Position = 'below' | 'at' | 'above';
const OFFSET: Record<Position, number> = { below: -1, at: 0, above: 1 };

/**
 * FOLIO's comparisons (ActionBlocks): items charged out blocks borrowing at the limit (one more would exceed it) but
 * renewals and requests only above it; every other condition blocks above its limit.
 */
const BLOCKS: Record<BlockCondition, Record<BlockedAction, Record<Position, boolean>>> = {
  maxNumberOfItemsChargedOut: {
    borrowing: { below: false, at: true, above: true },
    renewals: { below: false, at: false, above: true },
    requests: { below: false, at: false, above: true },
  },
  ...(Object.fromEntries(
    (
      [
        'maxNumberOfLostItems',
        'maxNumberOfOverdueItems',
        'maxNumberOfOverdueRecalls',
        'recallOverdueByMaximumNumberOfDays',
        'maxOutstandingFeeFineBalance',
      ] as const
    ).map((condition) => [condition, Object.fromEntries(BLOCKED_ACTIONS.map((action) => [action, { below: false, at: false, above: true }]))]),
  ) as Record<Exclude<BlockCondition, 'maxNumberOfItemsChargedOut'>, Record<BlockedAction, Record<Position, boolean>>>),
};

const TABLE = (Object.keys(BLOCKS) as BlockCondition[]).flatMap((condition) =>
  BLOCKED_ACTIONS.flatMap((action) =>
    (['below', 'at', 'above'] as const).map((position) => [condition, action, position, BLOCKS[condition][action][position]] as const),
  ),
);

describe('evaluating the automated blocks: each condition below, at and above its limit, for each flag', () => {
  it.each(TABLE)('given %s blocking %s only, when the borrower is %s the limit, then blocked: %s', (condition, action, position, blocked) => {
    const actual = actualAt(condition, OFFSET[position]);
    const evaluation = evaluateBlocks(conditionsBlocking(condition, action), { [condition]: limitOf(condition) }, FACTS_WITH[condition](actual));
    const expected = blocked
      ? [{ source: 'automated', condition, limit: limitOf(condition), actual: shown(condition, actual), message: `${condition} reached` }]
      : [];
    expect(evaluation[action]).toEqual(expected);
    for (const other of BLOCKED_ACTIONS.filter((each) => each !== action)) expect(evaluation[other]).toEqual([]);
  });
});

describe('what the evaluation leaves out', () => {
  const all: Readonly<Record<BlockCondition, BlockConditionSettings>> = Object.fromEntries(
    Object.keys(initialBlockConditions.conditions).map((condition) => [
      condition,
      { blockBorrowing: true, blockRenewals: true, blockRequests: true, message: condition },
    ]),
  ) as Record<BlockCondition, BlockConditionSettings>;
  const zeroLimits = {
    maxNumberOfItemsChargedOut: 1,
    maxNumberOfLostItems: 0,
    maxNumberOfOverdueItems: 0,
    maxNumberOfOverdueRecalls: 0,
    recallOverdueByMaximumNumberOfDays: 0,
    maxOutstandingFeeFineBalance: money(0, 'EUR'),
  };

  it('given no limit for the patron group, when far over every value, then nothing blocks', () => {
    const evaluation = evaluateBlocks(
      all,
      {},
      facts({ openLoans: times(20, (n) => loan(n, { dueDate: overdueBy(40), recall: true })), openFeesFines: [fee(1, 99_999)] }),
    );
    expect(evaluation).toEqual({ borrowing: [], renewals: [], requests: [] });
  });

  it('given a condition with no flag set, when over its limit, then it blocks nothing', () => {
    const evaluation = evaluateBlocks(initialBlockConditions.conditions, zeroLimits, FACTS_WITH.maxNumberOfOverdueItems(5));
    expect(BLOCKED_ACTIONS.some((action) => isBlocked(evaluation, action))).toBe(false);
  });

  it('given claimed-returned loans and their fees, when evaluated, then they count for nothing', () => {
    const claimed = loan(1, { itemClaimedReturned: true, itemLost: true, recall: true, dueDate: overdueBy(10) });
    const evaluation = evaluateBlocks(
      all,
      zeroLimits,
      facts({ openLoans: [claimed], openFeesFines: [fee(1, 500, { loanId: 'loan-1' }), fee(2, 700, { claimedReturned: true })] }),
    );
    expect(evaluation).toEqual({ borrowing: [], renewals: [], requests: [] });
  });

  it('given a lost item past its due date, when evaluated, then it counts as lost and as charged out, not as overdue', () => {
    const evaluation = evaluateBlocks(all, zeroLimits, facts({ openLoans: [loan(1, { itemLost: true, dueDate: overdueBy(3) })] }));
    expect(evaluation.renewals.map((block) => block.source === 'automated' && block.condition)).toEqual(['maxNumberOfLostItems']);
    expect(evaluation.borrowing.map((block) => block.source === 'automated' && block.condition)).toEqual([
      'maxNumberOfItemsChargedOut',
      'maxNumberOfLostItems',
    ]);
  });

  it('given a loan due this very moment, when evaluated, then it is not yet overdue', () => {
    const evaluation = evaluateBlocks(all, zeroLimits, facts({ openLoans: [loan(1, { dueDate: NOW.toISOString() })] }));
    expect(evaluation.requests).toEqual([]);
  });

  it('given a recall overdue by days, when evaluated, then the actual value is the most days any overdue recall is late', () => {
    const evaluation = evaluateBlocks(
      all,
      { recallOverdueByMaximumNumberOfDays: 2 },
      facts({
        openLoans: [loan(1, { recall: true, dueDate: overdueBy(3) }), loan(2, { recall: true, dueDate: overdueBy(6) }), loan(3, { dueDate: overdueBy(9) })],
      }),
    );
    expect(evaluation.borrowing).toEqual([
      { source: 'automated', condition: 'recallOverdueByMaximumNumberOfDays', limit: 2, actual: 6, message: 'recallOverdueByMaximumNumberOfDays' },
    ]);
  });

  it('given fees in another currency than the balance limit, when evaluated, then refused rather than converted', () => {
    expect(() =>
      evaluateBlocks(all, { maxOutstandingFeeFineBalance: money(100, 'EUR') }, facts({ openFeesFines: [{ feeFineId: 'f', balance: money(500, 'GBP') }] })),
    ).toThrow(expect.objectContaining({ rule: 'currency-mismatch' }));
  });
});

describe('manual blocks in the evaluation', () => {
  const manual = (details: Partial<ManualBlock> = {}): ManualBlock => ({
    blockId: 'mb-1',
    borrowerId: 'b-1',
    description: 'Library card misused',
    blockBorrowing: true,
    blockRenewals: false,
    blockRequests: true,
    patronMessage: 'Please see the head of the desk',
    ...details,
  });
  const evaluate = (block: ManualBlock, today = TODAY) => evaluateBlocks(initialBlockConditions.conditions, {}, facts({ manualBlocks: [block], today }));

  it('given a manual block, when evaluated, then it refuses exactly the actions it flags, with the patron message', () => {
    const blocked = { source: 'manual', blockId: 'mb-1', description: 'Library card misused', message: 'Please see the head of the desk' };
    expect(evaluate(manual())).toEqual({ borrowing: [blocked], renewals: [], requests: [blocked] });
    expect(evaluate(manual({ patronMessage: undefined })).borrowing).toEqual([{ ...blocked, message: 'Library card misused' }]);
  });

  it.each([
    ['the day before it expires', '2026-03-04', true],
    ['on its expiration date', '2026-03-05', true],
    ['the day after its expiration date', '2026-03-06', false],
  ])('given a manual block expiring 2026-03-05, when evaluated %s, then blocks: %s', (_, today, blocks) => {
    const evaluation = evaluate(manual({ expirationDate: '2026-03-05' }), today);
    expect(isBlocked(evaluation, 'borrowing')).toBe(blocks);
    if (blocks) expect(evaluation.borrowing[0]).toMatchObject({ source: 'manual', expirationDate: '2026-03-05' });
  });

  it('given a removed manual block, when evaluated, then it blocks nothing', () => {
    expect(evaluate(manual({ removedBecause: 'card replaced' }))).toEqual({ borrowing: [], renewals: [], requests: [] });
  });
});
