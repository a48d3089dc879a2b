import { CALENDAR_DATE, isCalendarDate, LocalCalendar, parseInstant } from '@era/calendar';
import { CalendarDate } from '@era/licensing-domain';

/** What a review looks at: what was recorded by `asOf`, about what the licence said on `effectiveOn`. */
export interface ReviewPoint {
  /** ISO-8601 UTC instant. */
  asOf: string;
  effectiveOn: CalendarDate;
  timeZone: string;
  /** True for today's date, whose end is still to come: events recorded later today will change the review. */
  provisional: boolean;
}

/** An asOf the review cannot take; the API answers 400, the CLI exits 1. */
export class ReviewInputError extends Error {
  override readonly name = 'ReviewInputError';
}

export interface ReviewPointOptions {
  /** The date whose terms are shown, when it is not asOf's own day (the legal axis, apart from the knowledge axis). */
  effectiveOn?: string;
  /** The clock that decides what lies in the future. */
  now?: Date;
}

/**
 * Reads asOf: a calendar date means the end of that day in the library's zone (and is the effective date); an
 * instant with an offset is taken as it is (its effective date is its day in the library's zone). A review of the
 * future is refused: what it showed would change as events arrive, and a review must be reproducible. Today's date
 * is the one exception, because "as of today" is what a librarian asks for: it is marked provisional until the day
 * ends. Any effective date may be asked for, past or future: it is what the licence said for that day, as known by
 * asOf.
 */
export function reviewPointOf(text: string | undefined, timeZone: string, options: ReviewPointOptions = {}): ReviewPoint {
  const now = options.now ?? new Date();
  if (text === undefined || text === '') throw new ReviewInputError('asOf is required: a calendar date YYYY-MM-DD or an ISO-8601 instant with an offset');
  const calendar = new LocalCalendar(timeZone);
  const dateOnly = CALENDAR_DATE.test(text);
  let asOfMs: number;
  let effectiveOn: CalendarDate;
  if (dateOnly) {
    if (!isCalendarDate(text)) throw new ReviewInputError(`asOf ${text} is not a calendar date`);
    asOfMs = calendar.endOfDay(text);
    effectiveOn = text;
  } else {
    asOfMs = parseInstant(text);
    if (Number.isNaN(asOfMs)) {
      throw new ReviewInputError(`asOf must be a calendar date YYYY-MM-DD or an ISO-8601 instant with an offset, e.g. 2025-03-31T17:00:00Z; got ${text}`);
    }
    effectiveOn = calendar.dayOf(asOfMs);
  }
  if (asOfMs < 0) throw new ReviewInputError(`asOf ${text} is before 1970, earlier than anything this ledger can have recorded`);
  const provisional = dateOnly && asOfMs > now.getTime() && text === calendar.today(now.getTime());
  if (asOfMs > now.getTime() && !provisional) {
    throw new ReviewInputError(
      `asOf ${text} is in the future (it ends at ${new Date(asOfMs).toISOString()}): a review covers what has been recorded, so that producing it again gives the same result`,
    );
  }
  if (options.effectiveOn !== undefined) {
    if (!isCalendarDate(options.effectiveOn)) throw new ReviewInputError(`effectiveOn must be a calendar date YYYY-MM-DD; got ${options.effectiveOn}`);
    effectiveOn = options.effectiveOn;
  }
  return { asOf: new Date(asOfMs).toISOString(), effectiveOn, timeZone, provisional };
}
