import { addDays, LocalCalendar, MS_PER_HOUR, MS_PER_MINUTE } from '@era/calendar';
import { LoanPolicy } from './loan-policy';
import { isOpenOn, nextOpenDay, OpeningCalendar, openDaysBetween, previousOpenDay } from './opening-calendar';

/** Where and when: the library's opening calendar and its time zone (LIBRARY_TIMEZONE), in which every local date is read. */
export interface LibraryCalendar {
  readonly timeZone: string;
  readonly opening: OpeningCalendar;
}

/**
 * The due date (an instant, ISO) of a loan made at `loanedAt` under a policy: loans in days fall due at the end of a
 * local day, loans in hours that many hours later; a term's due-date limit caps either; a due date on a closed day
 * then follows the policy's closed-day rule.
 */
export function dueDateFor(policy: LoanPolicy, loanedAt: Date, library: LibraryCalendar): string {
  const local = new LocalCalendar(library.timeZone);
  const loanDay = local.dayOf(loanedAt.getTime());
  const limit = policy.dueDateLimits?.find((term) => term.from <= loanDay && loanDay <= term.to)?.due;
  if (policy.loanPeriod.interval === 'days') {
    const day = earlier(addDays(loanDay, policy.loanPeriod.duration), limit);
    return iso(local.endOfDay(onOpenDay(policy, library.opening, day, loanDay)));
  }
  let due = loanedAt.getTime() + policy.loanPeriod.duration * MS_PER_HOUR;
  if (limit !== undefined && local.dayOf(due) > limit) due = local.endOfDay(limit);
  const day = local.dayOf(due);
  if (isOpenOn(library.opening, day) || policy.closedDayRule === 'keep') return iso(due);
  const { opensAt, closesAt } = library.opening;
  const atNextOpening = () => {
    const next = nextOpenDay(library.opening, day);
    return opensAt === undefined ? local.startOfDay(next) : local.instantOf(`${next}T${opensAt}`);
  };
  if (policy.closedDayRule === 'move-to-next-open-day') return iso(atNextOpening());
  const previous = previousOpenDay(library.opening, day);
  const atPreviousClosing = closesAt === undefined ? local.endOfDay(previous) : local.instantOf(`${previous}T${closesAt}`);
  // A loan made while the desk is closed (or at closing time) cannot fall due before it was made.
  return iso(atPreviousClosing > loanedAt.getTime() ? atPreviousClosing : atNextOpening());
}

/** How late a return is, in the units a fine policy charges by; undefined when it is on time. */
export interface OverduePeriod {
  readonly dueDate: string;
  readonly returnedAt: string;
  readonly minutesOverdue: number;
  /** Whole hours, any part of an hour counting as one. */
  readonly hoursOverdue: number;
  /** Local calendar days from the due day to the return day. */
  readonly daysOverdue: number;
  /** Of those days, the ones the library was open: closed days are not charged. */
  readonly chargeableDays: number;
}

export function overduePeriod(dueDate: string, returnedAt: Date, library: LibraryCalendar): OverduePeriod | undefined {
  if (returnedAt.getTime() <= Date.parse(dueDate)) return undefined;
  // A loan due at the end of a day (23:59:59.999) is late from the next minute on: count from the whole minute.
  const late = returnedAt.getTime() - Math.ceil(Date.parse(dueDate) / MS_PER_MINUTE) * MS_PER_MINUTE;
  const local = new LocalCalendar(library.timeZone);
  const [dueDay, returnDay] = [local.dayOf(dueDate), local.dayOf(returnedAt.getTime())];
  return {
    dueDate,
    returnedAt: returnedAt.toISOString(),
    minutesOverdue: Math.max(1, Math.ceil(late / MS_PER_MINUTE)),
    hoursOverdue: Math.max(1, Math.ceil(late / MS_PER_HOUR)),
    daysOverdue: Math.round((Date.parse(`${returnDay}T00:00:00Z`) - Date.parse(`${dueDay}T00:00:00Z`)) / (24 * MS_PER_HOUR)),
    chargeableDays: openDaysBetween(library.opening, dueDay, returnDay),
  };
}

function onOpenDay(policy: LoanPolicy, opening: OpeningCalendar, day: string, loanDay: string): string {
  if (isOpenOn(opening, day) || policy.closedDayRule === 'keep') return day;
  if (policy.closedDayRule === 'move-to-next-open-day') return nextOpenDay(opening, day);
  const previous = previousOpenDay(opening, day);
  // Never due before the day it was lent: then the next open day instead.
  return previous >= loanDay ? previous : nextOpenDay(opening, day);
}

const earlier = (day: string, limit: string | undefined) => (limit !== undefined && limit < day ? limit : day);

const iso = (ms: number) => new Date(ms).toISOString();
