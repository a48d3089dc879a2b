import { isCalendarDate, LocalCalendar, parseInstant } from '@era/calendar';
import { DomainRefusal } from '@era/platform';
import { OPEN_ENDED, STILL_CURRENT } from '@era/projection-title-a-z';

const calendars = new Map<string, LocalCalendar>();
function calendarOf(timeZone: string): LocalCalendar {
  const calendar = calendars.get(timeZone) ?? new LocalCalendar(timeZone);
  calendars.set(timeZone, calendar);
  return calendar;
}

/** The day asked about (default today in the library's zone) and the instant known by (default now), canonical UTC. */
export function titlesAsOf(timeZone: string, activeOn: string | undefined, knownAt: string | undefined, now: number = Date.now()) {
  const day = activeOn ?? calendarOf(timeZone).today(now);
  if (!isCalendarDate(day)) throw new DomainRefusal(400, 'invalid-date', `activeOn ${day} is not a calendar date`);
  if (day >= OPEN_ENDED) throw new DomainRefusal(400, 'invalid-date', `activeOn must be before ${OPEN_ENDED}`);
  const instant = knownAt === undefined ? now : parseInstant(knownAt);
  if (Number.isNaN(instant)) throw new DomainRefusal(400, 'invalid-instant', `knownAt ${knownAt} is not an instant`);
  if (instant >= Date.parse(STILL_CURRENT)) throw new DomainRefusal(400, 'invalid-instant', `knownAt must be before ${STILL_CURRENT}`);
  return { activeOn: day, knownAt: new Date(instant).toISOString() };
}
