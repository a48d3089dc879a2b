import { LocalCalendar } from '@era/calendar';
import { EventStore } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { liveView, ProjectionView, replayEndPosition, ReplayLimit, replayProjection } from '@era/projection-engine';
import { computeDeskStatistics, computeDeskStatisticsAsOf, DESK_STATISTICS, deskStatisticsProjection, StatisticsQuery } from '@era/projection-desk-statistics';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { nowMs } from './timing';

/** One statistics request, answered now and as of a few earlier points. */
export interface AsOfQueryFigures {
  label: string;
  /** Median wall time of the current answer (liveView + computeDeskStatistics), as the handler gives it. */
  currentMs: number;
  /** Per point: median wall time of the as-of answer (replayEndPosition + computeDeskStatisticsAsOf). */
  points: { label: string; position: number; ms: number }[];
  /** Slowest as-of answer / current answer (goal ≤ 5). */
  worstRatio: number;
}

export interface AsOfFigures {
  position: number;
  queries: AsOfQueryFigures[];
  /** The old way, once: the log replayed up to the middle point into an SQLite temporary database, then the query. */
  replay?: { label: string; position: number; seconds: number; identical: boolean };
}

const utc = new LocalCalendar('UTC');
/**
 * A monthly report (March 2024 of the generated two academic years) and a week by hour and location. Not the whole
 * two years: over a million cells the read store's paging takes minutes, now and as of alike (see docs/benchmarks.md).
 */
const QUERIES: { label: string; query: StatisticsQuery }[] = [
  {
    label: 'one month by day and location',
    query: { from: utc.instantOf('2024-03-01'), to: utc.instantOf('2024-04-01'), groupBy: ['day', 'location'], timeZone: 'Europe/Berlin' },
  },
  {
    label: 'one week by hour and location',
    query: { from: utc.instantOf('2024-11-04'), to: utc.instantOf('2024-11-11'), groupBy: ['hour', 'location'], timeZone: 'Europe/Berlin' },
  },
];

/** Median of up to `runs` timings after one untimed run; fewer once they have taken five seconds (one at least). */
async function medianMs(work: () => Promise<unknown>, runs = 5): Promise<number> {
  await work();
  const times: number[] = [];
  const started = nowMs();
  while (times.length < runs && (times.length === 0 || nowMs() - started < 5000)) {
    const start = nowMs();
    await work();
    times.push(nowMs() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function recordedAtOf(events: EventStore, position: number): Promise<string> {
  for await (const event of events.readAll({ after: position - 1, maxCount: 1 })) return event.metadata.recordedAt;
  throw new Error(`no event at ${position}`);
}

/**
 * Times desk statistics as of earlier points (by position and by instant) against the current statistics, on the
 * read store the rebuild step built (desk-statistics with its kept cell history), in this process; then, unless
 * `withReplay` is false, the old replay once, checking that both give the same bytes.
 */
export async function measureAsOfStatistics(
  eventsFile: string,
  readsFile: string,
  withReplay: boolean,
  onQuery: (figures: AsOfQueryFigures) => void = () => undefined,
): Promise<AsOfFigures> {
  const events = new SqliteEventStore({ file: eventsFile });
  const reads = new SqliteReadStore({ file: readsFile });
  try {
    const live = await liveView(reads, DESK_STATISTICS);
    const at = (share: number) => Math.max(1, Math.round(live.position * share));
    const limits: { label: string; limit: ReplayLimit }[] = [
      { label: `position ${at(0.25)} (25%)`, limit: { untilPosition: at(0.25) } },
      { label: `position ${at(0.5)} (50%)`, limit: { untilPosition: at(0.5) } },
      { label: `position ${at(0.9)} (90%)`, limit: { untilPosition: at(0.9) } },
    ];
    const instant = await recordedAtOf(events, at(0.5));
    limits.push({ label: `instant ${instant} (50%)`, limit: { untilRecordedAt: instant } });
    const asOf = async (view: ProjectionView, query: StatisticsQuery, limit: ReplayLimit) => {
      const position = await replayEndPosition(events, limit);
      if (position === undefined) throw new Error('the bench log should say where a replay ends');
      return computeDeskStatisticsAsOf(view, query, position);
    };
    const queries: AsOfQueryFigures[] = [];
    for (const { label, query } of QUERIES) {
      const currentMs = await medianMs(async () => computeDeskStatistics(await liveView(reads, DESK_STATISTICS), query));
      const points = [];
      for (const point of limits) {
        const ms = await medianMs(async () => asOf(await liveView(reads, DESK_STATISTICS), query, point.limit));
        points.push({ label: point.label, position: (await replayEndPosition(events, point.limit)) ?? 0, ms });
      }
      queries.push({ label, currentMs, points, worstRatio: Math.max(...points.map((point) => point.ms)) / currentMs });
      onQuery(queries[queries.length - 1]);
    }
    let replay: AsOfFigures['replay'];
    if (withReplay) {
      const [{ label, query }, point] = [QUERIES[0], limits[1]];
      const scratch = new SqliteReadStore({ file: '' });
      try {
        const start = nowMs();
        const { view, position } = await replayProjection(events, scratch, deskStatisticsProjection, point.limit);
        const replayed = JSON.stringify(await computeDeskStatistics(view, query));
        const seconds = (nowMs() - start) / 1000;
        const kept = JSON.stringify(await asOf(live, query, point.limit));
        replay = { label: `${label}, ${point.label}`, position, seconds, identical: replayed === kept };
      } finally {
        await scratch.close();
      }
    }
    return { position: live.position, queries, replay };
  } finally {
    await events.close();
    await reads.close();
  }
}
