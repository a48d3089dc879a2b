import { LocalCalendar } from '@era/calendar';
import { CalendarDate } from '@era/licensing-domain';

export { isCalendarDate as isRealDate } from '@era/licensing-domain';

const DAY_MS = 86_400_000;

/** The calendar date an instant falls on in a zone. */
export function localDateOf(instantMs: number, timeZone: string): CalendarDate {
  return new LocalCalendar(timeZone).dayOf(instantMs);
}

/** The last millisecond of a calendar day in a zone: "as of that date" includes everything recorded that day. */
export function endOfLocalDay(date: CalendarDate, timeZone: string): number {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return new LocalCalendar(timeZone).instantOf(next) - 1;
}
