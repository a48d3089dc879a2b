import { CoverageRange } from '@era/holdings-domain';

/** A coverage range as the title A-Z shows it: dates YYYY[-MM[-DD]], no `to` = to the present. */
export interface ShownCoverage {
  from?: string;
  fromVolume?: string;
  fromIssue?: string;
  to?: string;
  toVolume?: string;
  toIssue?: string;
}

interface Span {
  /** First day covered (`0000-01-01` when open). */
  start: string;
  /** Last day covered (`9999-12-31` when open, to the present). */
  end: string;
  shown: ShownCoverage;
}

const OPEN_START = '0000-01-01';
const OPEN_END = '9999-12-31';
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day a KBART date stands for (`2001` → 2001-01-01); undefined when not a date. */
function firstDay(date: string): string | undefined {
  const parts = DATE.exec(date);
  if (!parts) return undefined;
  return `${parts[1]}-${parts[2] ?? '01'}-${parts[3] ?? '01'}`;
}

/** The last day a KBART date stands for (`2001` → 2001-12-31, `2001-02` → 2001-02-28). */
function lastDay(date: string): string | undefined {
  const parts = DATE.exec(date);
  if (!parts) return undefined;
  if (parts[3] !== undefined) return date;
  const year = Number(parts[1]);
  const month = parts[2] === undefined ? 12 : Number(parts[2]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${parts[1]}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

function dayAfter(day: string): string {
  if (day === OPEN_END) return OPEN_END;
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

function spanOf(range: CoverageRange): Span {
  const from = range.date_first_issue_online;
  const to = range.date_last_issue_online;
  const start = (from && firstDay(from)) || OPEN_START;
  const end = (to && lastDay(to)) || OPEN_END;
  const shown: ShownCoverage = {
    ...(from && start !== OPEN_START ? { from } : {}),
    ...(range.num_first_vol_online ? { fromVolume: range.num_first_vol_online } : {}),
    ...(range.num_first_issue_online ? { fromIssue: range.num_first_issue_online } : {}),
    ...(to && end !== OPEN_END ? { to } : {}),
    ...(range.num_last_vol_online ? { toVolume: range.num_last_vol_online } : {}),
    ...(range.num_last_issue_online ? { toIssue: range.num_last_issue_online } : {}),
  };
  return { start, end, shown };
}

const startOf = ({ from, fromVolume, fromIssue }: ShownCoverage): ShownCoverage => ({
  ...(from !== undefined ? { from } : {}),
  ...(fromVolume !== undefined ? { fromVolume } : {}),
  ...(fromIssue !== undefined ? { fromIssue } : {}),
});
const endOf = ({ to, toVolume, toIssue }: ShownCoverage): ShownCoverage => ({
  ...(to !== undefined ? { to } : {}),
  ...(toVolume !== undefined ? { toVolume } : {}),
  ...(toIssue !== undefined ? { toIssue } : {}),
});

/**
 * The union of coverage ranges: ranges that overlap or touch (one ends the day, month or year before the other
 * starts) become one, in date order. A range with no first date covers from the beginning, one with no last date to
 * the present. Each merged range keeps the volume and issue of the range its start and its end came from.
 */
export function mergedCoverage(ranges: readonly CoverageRange[]): ShownCoverage[] {
  const spans = ranges.map(spanOf).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? 1 : a.end > b.end ? -1 : 0));
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= dayAfter(last.end)) {
      if (span.end > last.end) merged[merged.length - 1] = { start: last.start, end: span.end, shown: { ...startOf(last.shown), ...endOf(span.shown) } };
    } else merged.push(span);
  }
  return merged.map((span) => span.shown);
}
