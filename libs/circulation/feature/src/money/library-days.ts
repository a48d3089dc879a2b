import { addDays, isCalendarDate, LocalCalendar } from '@era/calendar';
import { DomainRefusal } from '@era/platform';

/** The days a money read may name: the ledger began after the first, and the day after the last is still a date. */
export const FIRST_DAY = '1970-01-01';
export const LAST_DAY = '9998-12-31';

/** A day as the library keeps it (its time zone): the instants it runs from (inclusive) to (exclusive). */
export function libraryDays(calendar: LocalCalendar, from: string, to: string): { from: string; to: string } {
  for (const [field, day] of [
    ['from', from],
    ['to', to],
  ]) {
    if (!isCalendarDate(day)) throw new DomainRefusal(400, 'invalid-period', `${field} ${day} is not a calendar date`);
  }
  if (from > to) throw new DomainRefusal(400, 'invalid-period', 'from must not be after to');
  if (from < FIRST_DAY || to > LAST_DAY) throw new DomainRefusal(400, 'invalid-period', `days run from ${FIRST_DAY} to ${LAST_DAY}`);
  return { from: new Date(calendar.startOfDay(from)).toISOString(), to: new Date(calendar.startOfDay(addDays(to, 1))).toISOString() };
}

/** A local day written YYYY-MM-DD (checked as a real day by libraryDays). */
export const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What money reads are answered as: JSON by default, CSV for spreadsheets. */
export const MONEY_FORMATS = { json: 'application/json', csv: 'text/csv' } as const;
export type MoneyFormat = keyof typeof MONEY_FORMATS;
