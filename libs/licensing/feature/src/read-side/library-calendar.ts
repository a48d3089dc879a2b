import { LocalCalendar } from '@era/calendar';
import { isCalendarDate } from '@era/licensing-domain';
import { DomainRefusal } from '@era/platform';

/** A calendar date, YYYY-MM-DD. */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO-8601 instant with an explicit offset: without one, the instant would be ambiguous. */
export const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A local calendar date or an instant with offset. */
export const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

const DAY_MS = 86_400_000;

/** 2025-02-30 matches the pattern but is no day at all; JavaScript would quietly read it as 2 March. */
export const isRealDate = (date: string): boolean => isCalendarDate(date);

/** Days and instants in the library's time zone (LIBRARY_TIMEZONE). */
export class LibraryCalendar {
  private readonly calendar: LocalCalendar;

  constructor(timeZone: string) {
    this.calendar = new LocalCalendar(timeZone);
  }

  today(): string {
    return this.calendar.dayOf(Date.now());
  }

  /** A date-only bound covers its whole local day; an instant is taken as given. Both ends are inclusive. */
  period(from: string | undefined, to: string | undefined): { from?: string; to?: { instant: string; inclusive: boolean } } {
    const start = from === undefined ? undefined : this.instant(from, 'from', 'start');
    const end = to === undefined ? undefined : this.instant(to, 'to', 'end');
    if (start !== undefined && end !== undefined && start > end) throw new DomainRefusal(400, 'invalid-period', 'from must not be after to');
    return {
      ...(start !== undefined ? { from: new Date(start).toISOString() } : {}),
      // The end of a local day is the start of the next one, excluded.
      ...(end !== undefined ? { to: { instant: new Date(end).toISOString(), inclusive: to?.includes('T') ?? false } } : {}),
    };
  }

  private instant(text: string, field: string, side: 'start' | 'end'): number {
    if (!text.includes('T')) {
      if (!isRealDate(text)) throw new DomainRefusal(400, 'invalid-period', `${field} ${text} is not a calendar date`);
      const day = side === 'start' ? text : new Date(Date.parse(`${text}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
      return this.calendar.instantOf(day);
    }
    const instant = Date.parse(text);
    if (Number.isNaN(instant) || !isRealDate(text.slice(0, 10))) throw new DomainRefusal(400, 'invalid-period', `${field} ${text} is not an instant`);
    return instant;
  }
}
