import { PATRON_GROUPS } from '../borrowers';
import { ITEM_TYPES, loanPolicyProblems } from '../loans';
import { DEFAULT_CIRCULATION_POLICIES, itemLimitFor, loanPolicyFor } from './circulation-policies';

describe('the default circulation policies', () => {
  it.each(PATRON_GROUPS.flatMap((group) => ITEM_TYPES.map((type) => [group, type] as const)))(
    'lend a %s a %s under a policy that can be applied',
    (group, type) => {
      expect(loanPolicyProblems(loanPolicyFor(DEFAULT_CIRCULATION_POLICIES, group, type))).toEqual([]);
    },
  );

  it.each(PATRON_GROUPS.map((group) => [group]))('lend reserve and short-loan items to a %s for hours, not days', (group) => {
    for (const type of ['reserve', 'short-loan'] as const) expect(loanPolicyFor(DEFAULT_CIRCULATION_POLICIES, group, type).loanPeriod.interval).toBe('hours');
    expect(loanPolicyFor(DEFAULT_CIRCULATION_POLICIES, group, 'book').loanPeriod.interval).toBe('days');
  });

  it('give every patron group an item limit', () => {
    for (const group of PATRON_GROUPS) expect(itemLimitFor(DEFAULT_CIRCULATION_POLICIES, group)).toBeGreaterThan(0);
  });

  it('charge overdue fines and lost-item fees in one currency', () => {
    const { overdueFines, lostItemFee, lostItemProcessingFee } = DEFAULT_CIRCULATION_POLICIES;
    const currencies = new Set([...Object.values(overdueFines).map((fine) => fine.rate.currency), lostItemFee.currency, lostItemProcessingFee.currency]);
    expect([...currencies]).toEqual(['EUR']);
  });
});
