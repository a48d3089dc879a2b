import { LocalCalendar } from '@era/projection-desk-statistics';
import { DomainRefusal } from '@era/platform';

const DAY_MS = 86_400_000;

/** A local calendar date (YYYY-MM-DD) or local date-time to the minute (YYYY-MM-DDTHH:mm), in the library's zone. */
export const LOCAL_DATE_OR_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/;

/**
 * A period given in the library's local time, as UTC milliseconds [from, to). A date-only `to` counts its whole
 * day; without `from` the period is the `defaultDays` days up to `to` (today by default).
 */
export function localPeriod(
  query: { from?: string; to?: string },
  calendar: LocalCalendar,
  defaultDays: number,
): { from: number; to: number } {
  assertRealDay(query.from, 'from');
  assertRealDay(query.to, 'to');
  const toText = query.to ?? calendar.dayOf(Date.now());
  const to = toText.includes('T') ? calendar.instantOf(toText) : calendar.instantOf(dayAfter(toText));
  const from = query.from ? calendar.instantOf(query.from) : calendar.instantOf(dayAfter(toText, 1 - defaultDays));
  if (Number.isNaN(from) || Number.isNaN(to)) throw new DomainRefusal(400, 'invalid-period', 'from and to must be real calendar dates');
  if (from >= to) throw new DomainRefusal(400, 'invalid-period', 'from must be before to');
  if (to - from > 3700 * DAY_MS) throw new DomainRefusal(400, 'invalid-period', 'a period covers at most ten years');
  return { from, to };
}

/** 2026-02-30 matches the pattern but is no day at all; JavaScript would quietly read it as 2 March. */
function assertRealDay(text: string | undefined, field: string): void {
  if (text === undefined) return;
  const day = text.slice(0, 10);
  if (new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new DomainRefusal(400, 'invalid-period', `${field} ${day} is not a calendar date`);
  }
}

const dayAfter = (date: string, days = 1) => new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
