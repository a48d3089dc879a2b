import { isCalendarDate, LocalCalendar, parseInstant } from '@era/calendar';
import { DomainRefusal } from '@era/platform';
import { OPEN_ENDED, STILL_CURRENT } from '@era/projection-a-z';

/** One calendar per zone, not one per request: each builds two Intl formats, on the path of every kept answer. */
const calendars = new Map<string, LocalCalendar>();
function calendarOf(timeZone: string): LocalCalendar {
  const calendar = calendars.get(timeZone) ?? new LocalCalendar(timeZone);
  calendars.set(timeZone, calendar);
  return calendar;
}

/**
 * The day asked about (default today in the library's zone) and the instant known by, if given, checked and canonical
 * (UTC, as recordedAt is written). Without knownAt the answer is as recorded now (see AzReads.knownAt).
 */
export function asOfQuery(timeZone: string, activeOn: string | undefined, knownAt: string | undefined, now: number = Date.now()) {
  const day = activeOn ?? calendarOf(timeZone).today(now);
  if (!isCalendarDate(day)) throw new DomainRefusal(400, 'invalid-date', `activeOn ${day} is not a calendar date`);
  // The read model's sentinels stand for "no end": a day or an instant at or beyond them cannot be asked about.
  if (day >= OPEN_ENDED) throw new DomainRefusal(400, 'invalid-date', `activeOn must be before ${OPEN_ENDED}`);
  if (knownAt === undefined) return { activeOn: day };
  const instant = parseInstant(knownAt);
  if (Number.isNaN(instant)) throw new DomainRefusal(400, 'invalid-instant', `knownAt ${knownAt} is not an instant`);
  if (instant >= Date.parse(STILL_CURRENT)) throw new DomainRefusal(400, 'invalid-instant', `knownAt must be before ${STILL_CURRENT}`);
  return { activeOn: day, knownAt: new Date(instant).toISOString() };
}
