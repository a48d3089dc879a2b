import { PATRON_GROUPS } from '../borrowers';
import { ITEM_TYPES, loanPolicyProblems } from '../loans';
import { DEFAULT_CIRCULATION_POLICIES, itemLimitFor, loanPolicyById, loanPolicyFor } from './circulation-policies';

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

  it.each(PATRON_GROUPS.map((group) => [group]))('let a %s’s loans in days be recalled, never a reserve or short loan', (group) => {
    expect(loanPolicyFor(DEFAULT_CIRCULATION_POLICIES, group, 'book').recalls).toBeDefined();
    for (const type of ['reserve', 'short-loan'] as const) expect(loanPolicyFor(DEFAULT_CIRCULATION_POLICIES, group, type).recalls).toBeUndefined();
  });

  it('find the policy a loan records by its id, and none for an id no longer in force', () => {
    expect(loanPolicyById(DEFAULT_CIRCULATION_POLICIES, 'staff-book-90-days')?.loanPeriod).toEqual({ duration: 90, interval: 'days' });
    expect(loanPolicyById(DEFAULT_CIRCULATION_POLICIES, 'retired-policy')).toBeUndefined();
  });

  it('cancel a returned lost item’s processing fee along with its lost item fee (said explicitly)', () => {
    expect(DEFAULT_CIRCULATION_POLICIES.lostItemReturned).toEqual({ cancelProcessingFee: true });
  });

  it('refuse a recall period that is no whole number of days or hours', () => {
    const policy = loanPolicyFor(DEFAULT_CIRCULATION_POLICIES, 'undergraduate', 'book');
    const broken = {
      ...policy,
      recalls: { returnInterval: { duration: 0, interval: 'days' as const }, minimumGuaranteedLoanPeriod: { duration: 1.5, interval: 'hours' as const } },
    };
    expect(loanPolicyProblems(broken)).toEqual([
      'the recall return interval is not a whole number of days or hours of at least 1',
      'the minimum guaranteed loan period is not a whole number of days or hours of at least 1',
    ]);
  });
});
