import { isCalendarDate } from './calendar-date';

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const TIME_WITH_OFFSET = String.raw`T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})`;

/** An ISO-8601 instant with an explicit offset (Z or ±hh:mm): without one, the instant would be ambiguous. */
export const INSTANT_WITH_OFFSET = new RegExp(`^${DATE}${TIME_WITH_OFFSET}$`);

/** A calendar date (a whole local day, read in the library's zone) or an instant with an offset. */
export const DATE_OR_INSTANT = new RegExp(`^${DATE}(?:${TIME_WITH_OFFSET})?$`);

/** A local calendar date (YYYY-MM-DD) or local date-time to the minute (YYYY-MM-DDTHH:mm), read in a zone. */
export const LOCAL_DATE_OR_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/;

/** UTC milliseconds of an instant with an offset that falls on a real calendar date; NaN for anything else. */
export function parseInstant(text: string): number {
  return INSTANT_WITH_OFFSET.test(text) && isCalendarDate(text.slice(0, 10)) ? Date.parse(text) : NaN;
}
