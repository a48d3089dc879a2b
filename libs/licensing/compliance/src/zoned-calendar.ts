import { CalendarDate } from '@era/licensing-domain';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD naming a day that exists: 2025-02-30 matches the pattern, but JavaScript would read it as 2 March. */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

/** The calendar date an instant falls on in a zone. */
export function localDateOf(instantMs: number, timeZone: string): CalendarDate {
  const parts = partsIn(instantMs, timeZone);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The UTC instant (milliseconds) at which a calendar day begins in a zone. */
export function startOfLocalDay(date: CalendarDate, timeZone: string): number {
  const asUtc = Date.parse(`${date}T00:00:00Z`);
  // Two passes settle the offset on either side of a daylight-saving change.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - offsetMs(guess, timeZone);
  return guess;
}

/** The last millisecond of a calendar day in a zone: "as of that date" includes everything recorded that day. */
export function endOfLocalDay(date: CalendarDate, timeZone: string): number {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return startOfLocalDay(next, timeZone) - 1;
}

/** How far the zone's wall clock is ahead of UTC at an instant. */
function offsetMs(instantMs: number, timeZone: string): number {
  const p = partsIn(instantMs, timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return wall - Math.floor(instantMs / 60_000) * 60_000;
}

function partsIn(instantMs: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(format.formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
  return { year: parts.year.padStart(4, '0'), month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}
