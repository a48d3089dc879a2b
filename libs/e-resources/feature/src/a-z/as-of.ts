import { isCalendarDate, LocalCalendar, parseInstant } from '@era/calendar';
import { DomainRefusal } from '@era/platform';

/**
 * The day asked about (default today in the library's zone) and the instant known by, if given, checked and canonical
 * (UTC, as recordedAt is written). Without knownAt the answer is as recorded now (see AzReads.knownAt).
 */
export function asOfQuery(timeZone: string, activeOn: string | undefined, knownAt: string | undefined, now: number = Date.now()) {
  const day = activeOn ?? new LocalCalendar(timeZone).today(now);
  if (!isCalendarDate(day)) throw new DomainRefusal(400, 'invalid-date', `activeOn ${day} is not a calendar date`);
  if (knownAt === undefined) return { activeOn: day };
  const instant = parseInstant(knownAt);
  if (Number.isNaN(instant)) throw new DomainRefusal(400, 'invalid-instant', `knownAt ${knownAt} is not an instant`);
  return { activeOn: day, knownAt: new Date(instant).toISOString() };
}
