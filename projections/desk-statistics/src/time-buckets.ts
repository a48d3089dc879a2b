import { MS_PER_MINUTE } from '@era/calendar';

const QUARTER_HOUR_MS = 15 * MS_PER_MINUTE;

/**
 * Statistics are kept per UTC quarter hour: every time zone's offset is a whole number of quarter hours, so local
 * hours, days, weekdays and months can be derived at query time in any zone without a rebuild.
 */
export function quarterHourBucket(instant: string | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS).toISOString().slice(0, 16) + 'Z';
}
