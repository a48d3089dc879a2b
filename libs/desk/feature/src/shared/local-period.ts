import { addDays, isCalendarDate, LocalCalendar, MS_PER_DAY } from '@era/calendar';
import { DomainRefusal } from '@era/platform';

/**
 * A period given in the library's local time, as UTC milliseconds [from, to). A date-only `to` counts its whole
 * day; without `from` the period is the `defaultDays` days up to `to` (today by default).
 */
export function localPeriod(query: { from?: string; to?: string }, calendar: LocalCalendar, defaultDays: number): { from: number; to: number } {
  assertRealDay(query.from, 'from');
  assertRealDay(query.to, 'to');
  const toText = query.to ?? calendar.today();
  const toDay = toText.slice(0, 10);
  const to = toText.includes('T') ? calendar.instantOf(toText) : calendar.startOfDay(addDays(toDay, 1));
  const from = query.from ? calendar.instantOf(query.from) : calendar.startOfDay(addDays(toDay, 1 - defaultDays));
  if (Number.isNaN(from) || Number.isNaN(to)) throw new DomainRefusal(400, 'invalid-period', 'from and to must be real calendar dates');
  if (from >= to) throw new DomainRefusal(400, 'invalid-period', 'from must be before to');
  if (to - from > 3700 * MS_PER_DAY) throw new DomainRefusal(400, 'invalid-period', 'a period covers at most ten years');
  return { from, to };
}

/** 2026-02-30 matches the pattern but is no day at all; JavaScript would quietly read it as 2 March. */
function assertRealDay(text: string | undefined, field: string): void {
  if (text === undefined) return;
  const day = text.slice(0, 10);
  if (!isCalendarDate(day)) throw new DomainRefusal(400, 'invalid-period', `${field} ${day} is not a calendar date`);
}
