import { MS_PER_MINUTE } from './durations';

const QUARTER_HOUR_MS = 15 * MS_PER_MINUTE;
/** An instant as the events store it (Date#toISOString): `YYYY-MM-DDTHH:MM:SS.sssZ`, every other character a digit. */
const CANONICAL_LENGTH = 24;
const SEPARATORS: readonly [number, number][] = [
  [4, 0x2d], // -
  [7, 0x2d], // -
  [10, 0x54], // T
  [13, 0x3a], // :
  [16, 0x3a], // :
  [19, 0x2e], // .
  [23, 0x5a], // Z
];

/**
 * The UTC quarter hour an instant falls in, as `YYYY-MM-DDTHH:MMZ`. Statistics are kept per UTC quarter hour: every
 * time zone's offset is a whole number of quarter hours, so local hours, days, weekdays and months are derived at
 * query time in any zone without a rebuild. A replay buckets every event, so an instant in the stored form is cut
 * from the string; any other form goes through Date, which also refuses what is not an instant.
 */
export function quarterHourBucket(instant: string | number): string {
  if (typeof instant === 'string' && isPlainStoredInstant(instant)) {
    const minute = (instant.charCodeAt(14) - 0x30) * 10 + (instant.charCodeAt(15) - 0x30);
    const quarter = minute - (minute % 15);
    return `${instant.slice(0, 14)}${quarter < 10 ? '0' : ''}${quarter}Z`;
  }
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS).toISOString().slice(0, 16) + 'Z';
}

/**
 * The ids of the cells of the period [from, to) (epoch milliseconds), as a range of strings: a cell's id begins with
 * its bucket (fixed-width ISO, so string order is time order), so cells and their past values (`<cell id>@<since>`)
 * are read in id order by the primary key, one seek a page, where a range on a bucket index would sort every cell of
 * the period per page.
 */
export function bucketIdRange(from: number, to: number): { gte: string; lt: string } {
  return { gte: minuteOf(from), lt: minuteOf(to) };
}

const minuteOf = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';

/** The stored form with a day every month has (1–28), an hour, minute and second in range: no calendar check needed. */
function isPlainStoredInstant(text: string): boolean {
  if (text.length !== CANONICAL_LENGTH) return false;
  for (const [at, code] of SEPARATORS) if (text.charCodeAt(at) !== code) return false;
  for (let i = 0; i < 23; i++) {
    if (i === 4 || i === 7 || i === 10 || i === 13 || i === 16 || i === 19) continue;
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  const two = (at: number) => (text.charCodeAt(at) - 0x30) * 10 + (text.charCodeAt(at + 1) - 0x30);
  const month = two(5);
  const day = two(8);
  return month >= 1 && month <= 12 && day >= 1 && day <= 28 && two(11) <= 23 && two(14) <= 59 && two(17) <= 59;
}
