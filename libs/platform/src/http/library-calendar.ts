import { addDays, isCalendarDate, LocalCalendar, parseInstant } from '@era/calendar';
import { DomainRefusal } from './problem-details.filter';

/** Days and instants in the library's time zone (LIBRARY_TIMEZONE), with the 400 refusals a query with a period or a day gives (licence terms, audit trails). */
export class LibraryCalendar extends LocalCalendar {
  /** A date-only bound covers its whole local day; an instant is taken as given. Both ends are inclusive. */
  period(from: string | undefined, to: string | undefined): { from?: string; to?: { instant: string; inclusive: boolean } } {
    const start = from === undefined ? undefined : this.bound(from, 'from', 'start');
    const end = to === undefined ? undefined : this.bound(to, 'to', 'end');
    if (start !== undefined && end !== undefined && start > end) throw new DomainRefusal(400, 'invalid-period', 'from must not be after to');
    return {
      ...(start !== undefined ? { from: new Date(start).toISOString() } : {}),
      // The end of a local day is the start of the next one, excluded.
      ...(end !== undefined ? { to: { instant: new Date(end).toISOString(), inclusive: to?.includes('T') ?? false } } : {}),
    };
  }

  private bound(text: string, field: string, side: 'start' | 'end'): number {
    if (!text.includes('T')) {
      if (!isCalendarDate(text)) throw new DomainRefusal(400, 'invalid-period', `${field} ${text} is not a calendar date`);
      return this.startOfDay(side === 'start' ? text : addDays(text, 1));
    }
    const instant = parseInstant(text);
    if (Number.isNaN(instant)) throw new DomainRefusal(400, 'invalid-period', `${field} ${text} is not an instant`);
    return instant;
  }
}
