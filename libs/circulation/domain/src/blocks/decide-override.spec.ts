import { RuleViolation } from '@era/decider';
import { initialBlockConditions } from './block-conditions-decider';
import { decideOverride, decideOverrides, OverrideRequest, patronBlockInForce } from './decide-override';
import { evaluateBlocks } from './evaluate-blocks';
import { RefusalInForce, OverrideEvent } from './override-events';
import { DEFAULT_OVERRIDE_POLICY, OVERRIDABLE_BLOCK_TYPES, OverridableBlockType, OverridePolicy } from './override-policy';

const NOW = new Date('2026-03-05T12:00:00Z');
const DUE = '2026-03-12T18:00:00+01:00';

/** What refused, as the loans slice hands it over: one refusal of each type in force. */
const IN_FORCE: Record<OverridableBlockType, RefusalInForce> = {
  patronBlock: {
    blockType: 'patronBlock',
    message: 'Too many items out',
    patronBlocks: [{ source: 'automated', condition: 'maxNumberOfItemsChargedOut', limit: 5, actual: 5, message: 'Too many items out' }],
  },
  itemLimitBlock: {
    blockType: 'itemLimitBlock',
    message: 'Patron has reached maximum limit of 2 items for loan type',
    facts: { itemLimit: 2, itemsOut: 2, loanType: 'short-loan' },
  },
  itemNotLoanableBlock: { blockType: 'itemNotLoanableBlock', message: 'Item is not loanable', facts: { itemId: 'i-9', loanPolicy: 'reference-only' } },
  renewalBlock: { blockType: 'renewalBlock', message: 'loan at maximum renewal number', facts: { renewalLimit: 3, renewalsSoFar: 3 } },
  renewalDueDateRequiredBlock: {
    blockType: 'renewalDueDateRequiredBlock',
    message: 'renewal date falls outside of date ranges in fixed loan policy',
    facts: { loanPolicy: 'term' },
  },
  requestPatronBlock: {
    blockType: 'requestPatronBlock',
    message: 'Patron blocked from requesting',
    patronBlocks: [{ source: 'manual', blockId: 'mb-1', description: 'Card misused', message: 'Patron blocked from requesting' }],
  },
};
const ALL_IN_FORCE = Object.values(IN_FORCE);
const NEEDS_DUE_DATE: readonly OverridableBlockType[] = ['itemNotLoanableBlock', 'renewalDueDateRequiredBlock'];
const request = (blockType: OverridableBlockType, details: Partial<OverrideRequest> = {}): OverrideRequest => ({
  overrideId: 'C0FFEE00-0000-4000-8000-000000000001',
  blockType,
  comment: ' Borrower needs it for an exam ',
  ...(NEEDS_DUE_DATE.includes(blockType) && { dueDate: DUE }),
  ...details,
});
const refusalOf = (run: () => unknown): RuleViolation => {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('not refused');
};

/** Who holds which override by default: written out, so that a change of the default policy shows here. */
const MAY_OVERRIDE: Record<OverridableBlockType, readonly string[]> = {
  patronBlock: ['desk', 'associate', 'librarian', 'desk-head', 'admin'],
  requestPatronBlock: ['desk', 'associate', 'librarian', 'desk-head', 'admin'],
  renewalBlock: ['desk', 'associate', 'librarian', 'desk-head', 'admin'],
  renewalDueDateRequiredBlock: ['desk', 'associate', 'librarian', 'desk-head', 'admin'],
  itemLimitBlock: ['librarian', 'desk-head', 'admin'],
  itemNotLoanableBlock: ['desk-head', 'admin'],
};
const ROLES = ['student', 'desk', 'associate', 'librarian', 'desk-head', 'admin', 'auditor'];
const PERMISSION: Record<OverridableBlockType, string> = {
  patronBlock: 'circulation.override-patron-block.post',
  itemLimitBlock: 'circulation.override-item-limit-block.post',
  itemNotLoanableBlock: 'circulation.override-item-not-loanable-block.post',
  renewalBlock: 'circulation.override-renewal-block.post',
  renewalDueDateRequiredBlock: 'circulation.override-renewal-block.post',
  requestPatronBlock: 'circulation.override-request-patron-block.post',
};
const MATRIX = OVERRIDABLE_BLOCK_TYPES.flatMap((blockType) => ROLES.map((role) => [blockType, role, MAY_OVERRIDE[blockType].includes(role)] as const));

describe('an override by a role with the permission', () => {
  it.each(MATRIX.filter(([, , may]) => may))('given %s in force, when %s overrides it with a comment, then OverrideGranted', (blockType, role) => {
    const granted = decideOverride(
      request(blockType, { desk: 'main-desk', borrowerId: 'b-1', itemId: 'i-9' }),
      ALL_IN_FORCE,
      role,
      DEFAULT_OVERRIDE_POLICY,
      NOW,
    );
    const { blockType: _type, ...triggered } = IN_FORCE[blockType];
    const event: OverrideEvent = { type: 'OverrideGranted', data: granted };
    expect(event.data).toEqual({
      overrideId: 'c0ffee00-0000-4000-8000-000000000001',
      blockType,
      permission: PERMISSION[blockType],
      role,
      reason: 'Borrower needs it for an exam',
      ...(NEEDS_DUE_DATE.includes(blockType) && { dueDate: '2026-03-12T17:00:00.000Z' }),
      grantedAt: '2026-03-05T12:00:00.000Z',
      ...triggered,
      borrowerId: 'b-1',
      itemId: 'i-9',
      desk: 'main-desk',
    });
  });
});

describe('an override by a role without the permission', () => {
  it.each(MATRIX.filter(([, , may]) => !may))('given %s in force, when %s overrides it, then 403 naming the missing permission', (blockType, role) => {
    const refusal = refusalOf(() => decideOverride(request(blockType), ALL_IN_FORCE, role, DEFAULT_OVERRIDE_POLICY, NOW));
    expect({ rule: refusal.rule, kind: refusal.kind }).toEqual({ rule: 'insufficient-override-permissions', kind: 'forbidden' });
    expect(refusal.message).toContain(PERMISSION[blockType]);
    expect(refusal.extensions).toEqual({ missingPermissions: [PERMISSION[blockType]] });
  });
});

describe('an override without a reason', () => {
  const RULE: Record<OverridableBlockType, [string, string]> = {
    patronBlock: ['override-comment-required', 'Override should be performed with the comment specified'],
    itemLimitBlock: ['override-comment-required', 'Override should be performed with the comment specified'],
    itemNotLoanableBlock: ['override-comment-required', 'Override should be performed with the comment specified'],
    requestPatronBlock: ['override-comment-required', 'Override should be performed with the comment specified'],
    renewalBlock: ['override-renewal-comment-required', 'Override renewal request must have a comment'],
    renewalDueDateRequiredBlock: ['override-renewal-comment-required', 'Override renewal request must have a comment'],
  };
  const TABLE = OVERRIDABLE_BLOCK_TYPES.flatMap(
    (blockType) =>
      [
        [blockType, 'no comment', undefined],
        [blockType, 'a blank comment', ' \t '],
      ] as const,
  );

  it.each(TABLE)('given %s in force, when the head of the desk overrides it with %s, then 422', (blockType, _, comment) => {
    const refusal = refusalOf(() => decideOverride(request(blockType, { comment }), ALL_IN_FORCE, 'desk-head', DEFAULT_OVERRIDE_POLICY, NOW));
    expect([refusal.rule, refusal.kind, refusal.message]).toEqual([RULE[blockType][0], 'unprocessable', RULE[blockType][1]]);
  });

  it('given no override id, then refused', () => {
    expect(refusalOf(() => decideOverride(request('patronBlock', { overrideId: ' ' }), ALL_IN_FORCE, 'desk', DEFAULT_OVERRIDE_POLICY, NOW)).rule).toBe(
      'field-required',
    );
  });

  it('given a comment over 1000 characters, then refused as too long', () => {
    expect(
      refusalOf(() => decideOverride(request('patronBlock', { comment: 'c'.repeat(1001) }), ALL_IN_FORCE, 'desk', DEFAULT_OVERRIDE_POLICY, NOW)).rule,
    ).toBe('text-too-long');
  });
});

describe('the due date of an override', () => {
  it.each(NEEDS_DUE_DATE)('given %s in force, when overridden without a due date, then 422', (blockType) => {
    const refusal = refusalOf(() => decideOverride(request(blockType, { dueDate: undefined }), ALL_IN_FORCE, 'admin', DEFAULT_OVERRIDE_POLICY, NOW));
    expect([refusal.rule, refusal.kind]).toEqual(['override-due-date-required', 'unprocessable']);
  });

  it.each(
    NEEDS_DUE_DATE.flatMap(
      (blockType) =>
        [
          [blockType, 'at the loan date', { dueDate: '2026-03-05T12:00:00Z' }],
          [blockType, 'before the loan date', { dueDate: '2026-03-04T12:00:00Z' }],
          [blockType, 'before a loan date given', { dueDate: '2026-03-06T12:00:00Z', loanDate: '2026-03-07T09:00:00Z' }],
          [blockType, 'without an offset', { dueDate: '2026-03-12T18:00' }],
          [blockType, 'on no real day', { dueDate: '2026-02-30T18:00:00Z' }],
        ] as const,
    ),
  )('given %s in force, when overridden with a due date %s, then 422', (blockType, _, details) => {
    const refusal = refusalOf(() => decideOverride(request(blockType, details), ALL_IN_FORCE, 'admin', DEFAULT_OVERRIDE_POLICY, NOW));
    expect([refusal.rule, refusal.kind]).toEqual(['invalid-override-due-date', 'unprocessable']);
  });

  it.each(OVERRIDABLE_BLOCK_TYPES.filter((type) => !NEEDS_DUE_DATE.includes(type)))(
    'given %s in force, when overridden without a due date, then granted; one sent anyway is not recorded',
    (blockType) => {
      expect(decideOverride(request(blockType), ALL_IN_FORCE, 'admin', DEFAULT_OVERRIDE_POLICY, NOW)).not.toHaveProperty('dueDate');
      expect(decideOverride(request(blockType, { dueDate: DUE }), ALL_IN_FORCE, 'admin', DEFAULT_OVERRIDE_POLICY, NOW)).not.toHaveProperty('dueDate');
    },
  );
});

describe('what may not be overridden', () => {
  it.each(OVERRIDABLE_BLOCK_TYPES)('given no %s in force, when overridden, then 422: there is nothing to override', (blockType) => {
    const others = ALL_IN_FORCE.filter((inForce) => inForce.blockType !== blockType);
    expect(refusalOf(() => decideOverride(request(blockType), others, 'admin', DEFAULT_OVERRIDE_POLICY, NOW)).rule).toBe('block-not-in-force');
  });

  it('given a block type that does not exist, when overridden, then 400', () => {
    const refusal = refusalOf(() =>
      decideOverride({ overrideId: 'o-1', blockType: 'ageRestrictionBlock', comment: 'x' }, ALL_IN_FORCE, 'admin', DEFAULT_OVERRIDE_POLICY, NOW),
    );
    expect([refusal.rule, refusal.kind]).toEqual(['unknown-block-type', 'invalid']);
  });
});

describe('the override policy is configurable', () => {
  it('given a policy letting student assistants override patron blocks, then a student may, and desk staff stripped of it may not', () => {
    const policy: OverridePolicy = { permissionsOfRole: { student: ['circulation.override-patron-block.post'], desk: [] } };
    expect(decideOverride(request('patronBlock'), ALL_IN_FORCE, 'student', policy, NOW)).toMatchObject({ role: 'student', blockType: 'patronBlock' });
    expect(refusalOf(() => decideOverride(request('patronBlock'), ALL_IN_FORCE, 'desk', policy, NOW)).rule).toBe('insufficient-override-permissions');
    expect(refusalOf(() => decideOverride(request('patronBlock'), ALL_IN_FORCE, 'toString', policy, NOW)).rule).toBe('insufficient-override-permissions');
  });
});

describe('several overrides sent together', () => {
  it('given a desk staff member overriding a patron block, an item limit and a non-loanable item, then 403 naming both missing permissions', () => {
    const refusal = refusalOf(() =>
      decideOverrides([request('patronBlock'), request('itemLimitBlock'), request('itemNotLoanableBlock')], ALL_IN_FORCE, 'desk', DEFAULT_OVERRIDE_POLICY, NOW),
    );
    expect(refusal.extensions).toEqual({ missingPermissions: [PERMISSION.itemLimitBlock, PERMISSION.itemNotLoanableBlock] });
  });

  it('given the head of the desk overriding them, then one OverrideGranted each', () => {
    const granted = decideOverrides([request('patronBlock'), request('itemNotLoanableBlock')], ALL_IN_FORCE, 'desk-head', DEFAULT_OVERRIDE_POLICY, NOW);
    expect(granted.map((each) => each.blockType)).toEqual(['patronBlock', 'itemNotLoanableBlock']);
  });
});

describe('a patron block from the evaluation, overridden', () => {
  const conditions = {
    ...initialBlockConditions.conditions,
    maxNumberOfItemsChargedOut: { blockBorrowing: true, blockRenewals: false, blockRequests: true, message: 'You have 2 items out' },
  };
  const facts = {
    openLoans: [1, 2].map((n) => ({ loanId: `l-${n}`, dueDate: '2026-03-20T12:00:00Z', recall: false, itemLost: false, itemClaimedReturned: false })),
    openFeesFines: [],
    now: NOW,
    today: '2026-03-05',
  };
  const evaluation = evaluateBlocks(conditions, { maxNumberOfItemsChargedOut: 2 }, facts);

  it('given the item limit of the patron group reached, when desk staff override the check-out, then the grant records the condition, limit and count', () => {
    const inForce = patronBlockInForce(evaluation, 'borrowing');
    expect(inForce).toBeDefined();
    const granted = decideOverride(request('patronBlock'), inForce ? [inForce] : [], 'desk', DEFAULT_OVERRIDE_POLICY, NOW);
    expect(granted).toMatchObject({
      blockType: 'patronBlock',
      message: 'You have 2 items out',
      patronBlocks: [{ source: 'automated', condition: 'maxNumberOfItemsChargedOut', limit: 2, actual: 2, message: 'You have 2 items out' }],
    });
  });

  it('given a request blocked, then it is a requestPatronBlock; given renewals not blocked, then nothing to override', () => {
    expect(patronBlockInForce(evaluation, 'requests')).toBeUndefined();
    expect(patronBlockInForce(evaluation, 'renewals')).toBeUndefined();
    const three = evaluateBlocks(conditions, { maxNumberOfItemsChargedOut: 1 }, facts);
    expect(patronBlockInForce(three, 'requests')?.blockType).toBe('requestPatronBlock');
  });
});
