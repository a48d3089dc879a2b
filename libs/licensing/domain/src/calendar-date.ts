import { isCalendarDate } from '@era/calendar';
import { CalendarDate } from './licence-events';
import { LicenceRuleViolation } from './licence-rule-violation';

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
