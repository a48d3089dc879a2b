import { addDays, isCalendarDate, WEEKDAYS } from '@era/calendar';

export type Weekday = (typeof WEEKDAYS)[number];

/**
 * When the library is open, in its local calendar: weekdays it is always closed and dated closures (holidays).
 * Opening hours only matter to loans counted in hours: they fall due at an opening or a closing time.
 */
export interface OpeningCalendar {
  readonly closedWeekdays: readonly Weekday[];
  /** Local calendar dates (YYYY-MM-DD) the library is closed. */
  readonly closures: readonly string[];
  /** Local HH:mm the desks open and close; without them a day runs from its first to its last instant. */
  readonly opensAt?: string;
  readonly closesAt?: string;
}

/** A calendar with no open day would send every due date searching forever; a year is the furthest we look. */
const SEARCH_LIMIT_DAYS = 366;

/** Sunday is 0 in JavaScript; WEEKDAYS starts on Monday. */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7];
}

export function isOpenOn(calendar: OpeningCalendar, date: string): boolean {
  return !calendar.closedWeekdays.includes(weekdayOf(date)) && !calendar.closures.includes(date);
}

/** The first open day after `date` (the day itself is not considered). */
export function nextOpenDay(calendar: OpeningCalendar, date: string): string {
  return searchOpenDay(calendar, date, 1);
}

/** The last open day before `date` (the day itself is not considered). */
export function previousOpenDay(calendar: OpeningCalendar, date: string): string {
  return searchOpenDay(calendar, date, -1);
}

/** The n-th open day after `date`: hold-shelf expiry counts open days only. */
export function openDaysAfter(calendar: OpeningCalendar, date: string, count: number): string {
  let day = date;
  for (let i = 0; i < count; i++) day = nextOpenDay(calendar, day);
  return day;
}

/** Open days in (from, to]: the days of an overdue period a fine may charge (closed days are not charged). */
export function openDaysBetween(calendar: OpeningCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isOpenOn(calendar, day)) count++;
  return count;
}

/** Why a calendar cannot be used: every weekday closed, a closure that is no date, or hours that are no time. */
export function calendarProblems(calendar: OpeningCalendar): string[] {
  const problems: string[] = [];
  if (WEEKDAYS.every((day) => calendar.closedWeekdays.includes(day))) problems.push('every weekday is closed');
  for (const closure of calendar.closures) if (!isCalendarDate(closure)) problems.push(`closure ${closure} is not a calendar date`);
  for (const time of [calendar.opensAt, calendar.closesAt]) if (time !== undefined && !isTimeOfDay(time)) problems.push(`${time} is not a time of day (HH:mm)`);
  return problems;
}

function isTimeOfDay(value: string): boolean {
  if (value.length !== 5 || value[2] !== ':') return false;
  const [hours, minutes] = [Number(value.slice(0, 2)), Number(value.slice(3))];
  return Number.isInteger(hours) && Number.isInteger(minutes) && hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60;
}

function searchOpenDay(calendar: OpeningCalendar, date: string, step: 1 | -1): string {
  let day = date;
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++) {
    day = addDays(day, step);
    if (isOpenOn(calendar, day)) return day;
  }
  throw new Error(`No open day within ${SEARCH_LIMIT_DAYS} days of ${date}: the opening calendar is unusable`);
}
