import { CalendarDate } from './licence-events';
import { LicenceRuleViolation } from './licence-rule-violation';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** YYYY-MM-DD naming a day that exists (no 2025-02-29, no 2025-13-01): checked by arithmetic, free of time zones. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function requireCalendarDate(value: unknown, what: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new LicenceRuleViolation('invalid-calendar-date', `${what} must be a real calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Whether a date lies in an inclusive window; a null end is open. YYYY-MM-DD compares as text. */
export function coversDate(window: { effectiveFrom: CalendarDate; effectiveTo: CalendarDate | null }, date: CalendarDate): boolean {
  return window.effectiveFrom <= date && (window.effectiveTo === null || date <= window.effectiveTo);
}
