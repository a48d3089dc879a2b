import { join } from 'node:path';
import { LicenceWorkload } from './licence-workload';
import { ReplayFigures } from './replay-rate';
import { AsOfFigures, AsOfQueryFigures, measureAsOfStatistics } from './as-of-statistics';
import { measureReviewReads, ReviewReads } from './review-reads';

/** Issue 13: as-of statistics against current ones, and what a one-licence review reads. */
export interface AsOfSummary {
  statistics?: AsOfFigures;
  review?: ReviewReads & { oneSeconds: number; allSeconds: number };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * After the rebuild (its read store holds desk-statistics with the kept cell history) and the reviews. The old
 * whole-log replay runs once for comparison unless BENCH_AS_OF_REPLAY=0 (it takes about as long as the rebuild).
 */
export async function runAsOfSteps(
  dir: string,
  eventsFile: string,
  rebuilt: boolean,
  reviews: { workload: LicenceWorkload; one: ReplayFigures; all: ReplayFigures } | undefined,
): Promise<AsOfSummary> {
  const summary: AsOfSummary = {};
  if (rebuilt) {
    const withReplay = !['0', 'false', 'no'].includes((process.env.BENCH_AS_OF_REPLAY ?? '').toLowerCase());
    console.log(`\n[as-of] desk statistics as of earlier points, from the rebuilt read store, against the current statistics (in process)`);
    summary.statistics = await measureAsOfStatistics(eventsFile, join(dir, 'reads.sqlite'), withReplay, (query) => console.log(describeQuery(query)));
    if (summary.statistics.replay) console.log(describeReplay(summary.statistics.replay));
  } else console.log('\n[as-of] statistics skipped: they need the rebuilt read store (BENCH_REBUILD=1)');
  if (reviews) {
    const licenceId = reviews.workload.licenceIds[Math.floor(reviews.workload.licenceIds.length / 2)];
    const reads = await measureReviewReads(eventsFile, licenceId);
    summary.review = { ...reads, oneSeconds: reviews.one.seconds, allSeconds: reviews.all.seconds };
    console.log(`[as-of] ${describeReviewReads(summary.review)}`);
  }
  return summary;
}

function describeQuery(query: AsOfQueryFigures): string {
  return [
    `  ${query.label}: current ${ms(query.currentMs)}; as of (worst/current ${query.worstRatio.toFixed(2)}, goal ≤ 5)`,
    ...query.points.map((point) => `    ${point.label}: ${ms(point.ms)} (${(point.ms / query.currentMs).toFixed(2)} ×)`),
  ].join('\n');
}

function describeReplay(replay: NonNullable<AsOfFigures['replay']>): string {
  return `  old replay, ${replay.label}: ${replay.seconds.toFixed(1)} s; same bytes as the kept history's answer: ${replay.identical ? 'yes' : 'NO'}`;
}

function describeReviewReads(review: NonNullable<AsOfSummary['review']>): string {
  return (
    `one-licence review read ${int(review.eventsRead)} events of a ${int(review.logEvents)}-event log (${int(review.licenceEvents)} in the licence's stream); ` +
    `${(review.oneSeconds * 1000).toFixed(0)} ms against ${(review.allSeconds * 1000).toFixed(0)} ms for all licences (${(review.oneSeconds / review.allSeconds).toFixed(3)} ×)`
  );
}

/** Rows for the closing table. */
export function asOfSummaryRows(summary: AsOfSummary | undefined): [string, string, string][] {
  if (!summary) return [];
  const rows: [string, string, string][] = [];
  for (const query of summary.statistics?.queries ?? []) {
    const worst = Math.max(...query.points.map((point) => point.ms));
    rows.push([
      `As-of desk statistics, ${query.label} (${query.points.length} points)`,
      `${query.worstRatio.toFixed(2)} × current`,
      `worst ${ms(worst)} against ${ms(query.currentMs)} now (goal ≤ 5 ×)`,
    ]);
  }
  const replay = summary.statistics?.replay;
  if (replay)
    rows.push([
      `As-of desk statistics the old way (whole-log replay), ${replay.label}`,
      `${replay.seconds.toFixed(1)} s`,
      replay.identical ? 'same bytes as the kept answer' : 'DIFFERENT from the kept answer',
    ]);
  if (summary.review) {
    rows.push([
      'Compliance review of one licence: events read',
      `${int(summary.review.eventsRead)} of ${int(summary.review.logEvents)}`,
      `${(summary.review.oneSeconds / summary.review.allSeconds).toFixed(3)} × the all-licences review's time`,
    ]);
  }
  return rows;
}

/** A check for the closing list: the kept answer must be the replay's, byte for byte. */
export function asOfCheck(summary: AsOfSummary | undefined): [string, string] | undefined {
  const replay = summary?.statistics?.replay;
  return replay && ['as-of statistics, kept history against replay', replay.identical ? `OK: same bytes at ${replay.label}` : `MISMATCH at ${replay.label}`];
}
