import { OverdueFinePolicy } from '../fee-fines';
import { PatronGroup } from '../borrowers';
import { ItemType, LoanPolicy } from '../loans';
import { Money, money } from '../money';

/**
 * The desk's circulation policies: a loan policy per patron group and item type, the items each group may have out,
 * an overdue fine per item type, the fees a lost item costs, and how many open days the hold shelf keeps an item.
 * Constants for now (FOLIO keeps them as circulation rules a librarian edits; ERA may make them an event-sourced
 * configuration later): a change is a code change, reviewed and released like any other.
 */
export interface CirculationPolicies {
  readonly loanPolicies: Readonly<Record<PatronGroup, Readonly<Record<ItemType, LoanPolicy>>>>;
  /** Items a group may have out at once; a group absent here is unlimited. */
  readonly itemLimits: Readonly<Partial<Record<PatronGroup, number>>>;
  readonly overdueFines: Readonly<Record<ItemType, OverdueFinePolicy>>;
  readonly lostItemFee: Money;
  readonly lostItemProcessingFee: Money;
  readonly holdShelfOpenDays: number;
}

const days = (duration: number, renewalLimit: number, id: string): LoanPolicy => ({
  id,
  loanPeriod: { duration, interval: 'days' },
  closedDayRule: 'move-to-next-open-day',
  renewalLimit,
});

/** Reserve and short-loan items go out for hours, due back at the previous closing time if the desk closes first. */
const SHORT_LOAN: LoanPolicy = {
  id: 'short-loan-4-hours',
  loanPeriod: { duration: 4, interval: 'hours' },
  closedDayRule: 'move-to-previous-open-day',
  renewalLimit: 1,
};
const RESERVE: LoanPolicy = {
  id: 'reserve-2-hours',
  loanPeriod: { duration: 2, interval: 'hours' },
  closedDayRule: 'move-to-previous-open-day',
  renewalLimit: 0,
};

/** A reference item is not loanable (its item says so); the policy only dates a loan made through an override. */
const byItemType = (book: LoanPolicy, journal: LoanPolicy, media: LoanPolicy): Record<ItemType, LoanPolicy> => ({
  book,
  journal,
  media,
  reserve: RESERVE,
  'short-loan': SHORT_LOAN,
  reference: days(1, 0, 'reference-1-day'),
});

const STUDENT = byItemType(days(28, 3, 'student-book-28-days'), days(7, 1, 'journal-7-days'), days(7, 1, 'media-7-days'));
const STAFF = byItemType(days(90, 5, 'staff-book-90-days'), days(14, 2, 'journal-14-days'), days(14, 2, 'media-14-days'));
const VISITOR = byItemType(days(14, 1, 'visitor-book-14-days'), days(7, 0, 'visitor-journal-7-days'), days(7, 0, 'visitor-media-7-days'));

const EUR = (minor: number) => money(minor, 'EUR');
const perDay = (minor: number, maximum: number): OverdueFinePolicy => ({
  rate: EUR(minor),
  interval: 'day',
  gracePeriod: 0,
  maximum: EUR(maximum),
  countClosed: false,
});
const perHour = (minor: number, maximum: number): OverdueFinePolicy => ({
  rate: EUR(minor),
  interval: 'hour',
  gracePeriod: 0,
  maximum: EUR(maximum),
  countClosed: true,
});

export const DEFAULT_CIRCULATION_POLICIES: CirculationPolicies = {
  loanPolicies: {
    undergraduate: STUDENT,
    graduate: STUDENT,
    faculty: STAFF,
    staff: STAFF,
    'external-borrower': VISITOR,
    alumni: VISITOR,
    community: VISITOR,
  },
  itemLimits: { undergraduate: 10, graduate: 20, faculty: 50, staff: 30, 'external-borrower': 5, alumni: 5, community: 3 },
  overdueFines: {
    book: perDay(25, 1000),
    journal: perDay(50, 1000),
    media: perDay(50, 1000),
    reference: perDay(100, 2000),
    reserve: perHour(100, 2000),
    'short-loan': perHour(50, 1000),
  },
  lostItemFee: EUR(5000),
  lostItemProcessingFee: EUR(1000),
  holdShelfOpenDays: 7,
};

export const loanPolicyFor = (policies: CirculationPolicies, patronGroup: PatronGroup, itemType: ItemType): LoanPolicy =>
  policies.loanPolicies[patronGroup][itemType];

export const itemLimitFor = (policies: CirculationPolicies, patronGroup: PatronGroup): number | undefined => policies.itemLimits[patronGroup];
