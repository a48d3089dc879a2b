import { addDays } from './calendar-date';
import { MS_PER_DAY, MS_PER_MINUTE, MS_PER_SECOND } from './durations';

export interface LocalParts {
  hour: string;
  weekday: string;
  day: string;
  month: string;
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * Local calendar parts of an instant in a zone (the library's, LIBRARY_TIMEZONE). `partsOf` is memoised per bucket
 * because a statistics report touches the same quarter hours many times; give it bucket instants only.
 */
export class LocalCalendar {
  private readonly format: Intl.DateTimeFormat;
  private readonly wallClock: Intl.DateTimeFormat;
  private readonly cache = new Map<string, LocalParts>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    this.wallClock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  }

  /** The local wall-clock time of an instant, `YYYY-MM-DD HH:mm:ss`, digits only (the same on every ICU version). */
  wallClockOf(instant: string | number): string {
    const ms = typeof instant === 'number' ? instant : Date.parse(instant);
    const wall = new Date(Math.floor(ms / MS_PER_SECOND) * MS_PER_SECOND + this.offsetMs(ms));
    return wall.toISOString().slice(0, 19).replace('T', ' ');
  }

  /** Today's date here. */
  today(now: number = Date.now()): string {
    return this.dayOf(now);
  }

  /** The local calendar day of any instant (not memoised: instants, unlike buckets, are endless). */
  dayOf(instant: string | number): string {
    const p = Object.fromEntries(this.format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
    return `${p.year}-${p.month}-${p.day}`;
  }

  partsOf(bucket: string): LocalParts {
    let parts = this.cache.get(bucket);
    if (!parts) {
      const p = Object.fromEntries(this.format.formatToParts(new Date(bucket)).map((part) => [part.type, part.value]));
      const day = `${p.year}-${p.month}-${p.day}`;
      parts = { hour: p.hour, weekday: p.weekday, day, month: day.slice(0, 7) };
      this.cache.set(bucket, parts);
    }
    return parts;
  }

  /**
   * The UTC instant at which a local wall-clock time (YYYY-MM-DDTHH:mm) happens in this zone; for a date alone
   * (YYYY-MM-DD), the first instant of that local day.
   */
  instantOf(localDateTime: string): number {
    if (!localDateTime.includes('T')) return this.startOfDay(localDateTime);
    const [date, time] = localDateTime.split('T');
    const asUtc = Date.parse(`${date}T${time}:00Z`);
    // Two passes settle the offset on either side of a daylight-saving change.
    let guess = asUtc;
    for (let i = 0; i < 2; i++) guess = asUtc - this.offsetMs(guess);
    return guess;
  }

  /**
   * The first instant of a local day. Where a daylight-saving change happens at midnight (e.g. America/Santiago),
   * local midnight may not exist or happen twice, so the day starts at the earliest instant that falls on it.
   */
  startOfDay(date: string): number {
    const asUtc = Date.parse(`${date}T00:00:00Z`);
    const candidates = [asUtc - this.offsetMs(asUtc - MS_PER_DAY), asUtc - this.offsetMs(asUtc + MS_PER_DAY), asUtc - this.offsetMs(asUtc)];
    const starts = candidates.filter((instant) => this.dayOf(instant) === date && this.dayOf(instant - 1) < date);
    return starts.length > 0 ? Math.min(...starts) : candidates[0];
  }

  /** The last millisecond of a local day: "as of that date" includes everything that happened on it. */
  endOfDay(date: string): number {
    return this.startOfDay(addDays(date, 1)) - 1;
  }

  /** How far the zone's wall clock is ahead of UTC at an instant. */
  private offsetMs(instant: number): number {
    const p = Object.fromEntries(this.wallClock.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
    const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    return wall - Math.floor(instant / MS_PER_MINUTE) * MS_PER_MINUTE;
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
