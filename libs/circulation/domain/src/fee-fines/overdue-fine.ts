import { isMinorUnits, Money, money } from '../money';
import { FeeFineRuleViolation } from './fee-fine-rule-violation';

/**
 * How a loan policy's overdue fine is counted (FOLIO's overdue fine policy): a rate per overdue day or hour, a grace
 * period in the same unit, an optional maximum, and whether time the library is closed counts.
 */
export interface OverdueFinePolicy {
  /** Charged per overdue interval, in minor units. */
  readonly rate: Money;
  readonly interval: 'day' | 'hour';
  /** Intervals overdue that are forgiven: returned within them, no fine; beyond them, every overdue interval counts (as FOLIO counts). */
  readonly gracePeriod: number;
  /** The most one overdue loan is charged; absent, no cap. */
  readonly maximum?: Money;
  /** Whether intervals the library is closed count towards the fine. */
  readonly countClosed: boolean;
}

/** How long the item was overdue, in the policy's interval, as the loans slice counts it with the opening calendar. */
export interface FineIntervals {
  /** Every overdue interval, open or closed. */
  readonly overdue: number;
  /** Only the overdue intervals the library was open. */
  readonly overdueWhileOpen: number;
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

function requireComputable(policy: OverdueFinePolicy, period: FineIntervals): void {
  const problems = [
    !isMinorUnits(policy.rate.minor) || policy.rate.minor < 0 ? 'the rate is not a whole, non-negative number of minor units' : '',
    policy.maximum && (!isMinorUnits(policy.maximum.minor) || policy.maximum.minor < 0) ? 'the maximum is not a whole, non-negative number of minor units' : '',
    policy.maximum && policy.maximum.currency !== policy.rate.currency ? 'the maximum is in another currency than the rate' : '',
    !isCount(policy.gracePeriod) ? 'the grace period is not a whole, non-negative count' : '',
    !isCount(period.overdue) || !isCount(period.overdueWhileOpen) ? 'the overdue period is not a whole, non-negative count' : '',
    period.overdueWhileOpen > period.overdue ? 'more intervals overdue while open than overdue' : '',
  ].filter(Boolean);
  if (problems.length) throw new FeeFineRuleViolation('invalid-overdue-fine-policy', `overdue fine cannot be computed: ${problems.join('; ')}`);
}

/**
 * The overdue fine for one returned loan: nothing within the grace period, else the rate times the chargeable
 * intervals, capped at the maximum. Zero means no charge is to be made.
 */
export function overdueFine(policy: OverdueFinePolicy, period: FineIntervals): Money {
  requireComputable(policy, period);
  const chargeable = policy.countClosed ? period.overdue : period.overdueWhileOpen;
  if (chargeable === 0 || chargeable <= policy.gracePeriod) return money(0, policy.rate.currency);
  const fine = chargeable * policy.rate.minor;
  return money(policy.maximum === undefined ? fine : Math.min(fine, policy.maximum.minor), policy.rate.currency);
}
