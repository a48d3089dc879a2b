import { FineIntervals, overdueFine, OverdueFinePolicy } from './fee-fines';
import { OverduePeriod } from './loans';
import { Money } from './money';

/**
 * The overdue period a check-in records, in the intervals a fine policy counts: days (all of them, and the open ones)
 * or hours (opening hours are not yet told apart, so every overdue hour counts as open).
 */
export function fineIntervalsOf(overdue: OverduePeriod, interval: OverdueFinePolicy['interval']): FineIntervals {
  return interval === 'day'
    ? { overdue: overdue.daysOverdue, overdueWhileOpen: overdue.chargeableDays }
    : { overdue: overdue.hoursOverdue, overdueWhileOpen: overdue.hoursOverdue };
}

/** The overdue fine for a late return as the check-in recorded it: what the wiring charges as FeeCharged. */
export const fineForReturn = (policy: OverdueFinePolicy, overdue: OverduePeriod): Money => overdueFine(policy, fineIntervalsOf(overdue, policy.interval));
