import { deciderSpecification } from '@era/decider/testing';
import { LibraryCalendar } from '../due-dates';
import { holdsDecider } from '../hold-decider';
import { ItemRegistered } from '../item-events';
import { itemDecider } from '../item-decider';
import { LoanPolicy } from '../loan-policy';
import { BorrowerStanding, HoldsContext, LoansContext, OverrideGrant } from '../loans-context';

/** Closed on Sundays, Christmas Eve to Boxing Day and New Year's Day; desks open 09:00–20:00 (Amsterdam time). */
export const LIBRARY: LibraryCalendar = {
  timeZone: 'Europe/Amsterdam',
  opening: { closedWeekdays: ['Sun'], closures: ['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01'], opensAt: '09:00', closesAt: '20:00' },
};

export const POLICY: LoanPolicy = {
  id: 'standard-28',
  loanPeriod: { duration: 28, interval: 'days' },
  closedDayRule: 'move-to-next-open-day',
  renewalLimit: 2,
};
export const SHORT_LOAN: LoanPolicy = {
  id: 'reserve-4h',
  loanPeriod: { duration: 4, interval: 'hours' },
  closedDayRule: 'move-to-next-open-day',
  renewalLimit: 0,
};

export const BARCODE = '31234000012345';
export const TITLE_ID = 'title-dune';
export const BORROWER = 'borrower-ada';
export const OTHER_BORROWER = 'borrower-bob';
export const MAIN = 'main-library';
export const SCIENCE = 'science-library';

/** Thursday 3 December 2026, 10:00 in Amsterdam. */
export const NOW = new Date('2026-12-03T09:00:00Z');

export const standing = (overrides: Partial<BorrowerStanding> = {}): BorrowerStanding => ({
  borrowerId: BORROWER,
  openLoans: 0,
  itemLimit: 10,
  blocks: [],
  ...overrides,
});

export const loansContext = (overrides: Partial<LoansContext> = {}): LoansContext => ({
  now: NOW,
  library: LIBRARY,
  loanPolicy: POLICY,
  borrower: standing(),
  ...overrides,
});

export const holdsContext: HoldsContext = { now: NOW, library: LIBRARY, holdShelfOpenDays: 3 };

export const itemSpec = deciderSpecification(itemDecider, loansContext());
export const holdsSpec = deciderSpecification(holdsDecider, holdsContext);

export const grant = (block: OverrideGrant['block'], extra: Partial<OverrideGrant> = {}): OverrideGrant => ({
  overrideId: `override-${block}`,
  block,
  reason: 'Needed for an exam tomorrow',
  ...extra,
});

export const itemDetails = (overrides: Partial<ItemRegistered> = {}): ItemRegistered => ({
  barcode: BARCODE,
  title: 'Dune',
  titleId: TITLE_ID,
  owningLocation: MAIN,
  itemType: 'book',
  loanable: true,
  ...overrides,
});

export const registered = (overrides: Partial<ItemRegistered> = {}) => ({ type: 'ItemRegistered' as const, data: itemDetails(overrides) });

/** Checked out to Ada on 1 December 2026, due 29 December (end of day in Amsterdam). */
export const checkedOut = (overrides: { loanId?: string; borrowerId?: string; dueDate?: string } = {}) => ({
  type: 'ItemCheckedOut' as const,
  data: {
    barcode: BARCODE,
    loanId: overrides.loanId ?? 'loan-1',
    borrowerId: overrides.borrowerId ?? BORROWER,
    desk: MAIN,
    loanDate: '2026-12-01T09:00:00.000Z',
    dueDate: overrides.dueDate ?? '2026-12-29T22:59:59.999Z',
    loanPolicyId: POLICY.id,
    action: 'checkedout' as const,
    overrides: [],
  },
});
