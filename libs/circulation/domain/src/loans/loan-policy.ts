import { isCalendarDate } from '@era/calendar';

/**
 * What a due date on a closed day becomes (FOLIO's closed-library due-date management): kept, or moved to the end
 * of the previous open day or of the next one. For loans in hours, "next" means the next open day's opening time
 * (FOLIO: the beginning of the next open service-point hours) and "previous" the previous open day's closing time.
 */
export const CLOSED_DAY_RULES = ['keep', 'move-to-previous-open-day', 'move-to-next-open-day'] as const;
export type ClosedDayRule = (typeof CLOSED_DAY_RULES)[number];

export interface LoanPeriod {
  readonly duration: number;
  readonly interval: 'days' | 'hours';
}

/** A term's last due date (FOLIO's fixed due-date schedule): a loan made from `from` to `to` is due by `due` at the latest. */
export interface DueDateLimit {
  readonly from: string;
  readonly to: string;
  readonly due: string;
}

/**
 * FOLIO's recall settings of a loan policy (requestManagement.recalls). A recall shortens a loan to the return
 * interval from the moment of the recall, but never to less than the minimum guaranteed loan period from the loan
 * date, and never lengthens it. A policy without them lends items that cannot be recalled (reserve, short loan).
 */
export interface RecallRules {
  /** How long the borrower has to bring a recalled item back, from the recall. */
  readonly returnInterval: LoanPeriod;
  /** How long the borrower keeps the item from the loan date, however soon it is recalled. */
  readonly minimumGuaranteedLoanPeriod: LoanPeriod;
}

/** The loan policy the desk applies for a patron group and item type (a reserve brings its own short-loan policy). */
export interface LoanPolicy {
  readonly id: string;
  readonly loanPeriod: LoanPeriod;
  readonly closedDayRule: ClosedDayRule;
  /** Renewals allowed per loan; 0 means none. */
  readonly renewalLimit: number;
  readonly dueDateLimits?: readonly DueDateLimit[];
  /** Absent: items lent under this policy cannot be recalled. */
  readonly recalls?: RecallRules;
}

/** Why a policy cannot be applied; empty when it can. */
export function loanPolicyProblems(policy: LoanPolicy): string[] {
  const problems: string[] = [];
  const { duration, interval } = policy.loanPeriod;
  if (!Number.isSafeInteger(duration) || duration < 1) problems.push('the loan period is not a whole number of at least 1');
  if (interval !== 'days' && interval !== 'hours') problems.push('the loan period is in neither days nor hours');
  if (!CLOSED_DAY_RULES.includes(policy.closedDayRule)) problems.push(`the closed-day rule is none of ${CLOSED_DAY_RULES.join(', ')}`);
  if (!Number.isSafeInteger(policy.renewalLimit) || policy.renewalLimit < 0) problems.push('the renewal limit is not a whole number of at least 0');
  const { returnInterval, minimumGuaranteedLoanPeriod } = policy.recalls ?? {};
  if (returnInterval && !isPeriod(returnInterval)) problems.push('the recall return interval is not a whole number of days or hours of at least 1');
  if (minimumGuaranteedLoanPeriod && !isPeriod(minimumGuaranteedLoanPeriod))
    problems.push('the minimum guaranteed loan period is not a whole number of days or hours of at least 1');
  for (const limit of policy.dueDateLimits ?? []) {
    if (![limit.from, limit.to, limit.due].every(isCalendarDate) || limit.from > limit.to || limit.due < limit.from) {
      problems.push(`the due-date limit ${limit.from}..${limit.to} → ${limit.due} is not a term`);
    }
  }
  return problems;
}

const isPeriod = ({ duration, interval }: LoanPeriod) => Number.isSafeInteger(duration) && duration >= 1 && (interval === 'days' || interval === 'hours');
