import { AppendRates } from './append-rate';
import { AsOfSummary } from './as-of-report';
import { DESK_READS_GOAL, DeskHttpReadsFigures, isKept, ratioOf } from './desk-http-reads';
import { HttpWriteFigures } from './http-writes';
import { REPLAY_GOAL_RATIO, REPLAY_GOAL_RSS_BYTES, ReplayAgainstRaw } from './replay-against-raw';
import { VerifyStreamsFigures } from './verify-streams';

/** What the issue's table compares; each row measured against its raw baseline in this same run. */
export interface Issue13Figures {
  appends: AppendRates;
  httpWrites?: HttpWriteFigures;
  againstRaw?: ReplayAgainstRaw;
  verifyStreams?: VerifyStreamsFigures;
  asOf?: AsOfSummary;
  deskHttpReads?: DeskHttpReadsFigures;
}

type Row = { work: string; measured: string; baseline: string; ratio: number | undefined; goal: string; met: boolean | undefined };

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const fixed = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));

function rows({ appends, httpWrites, againstRaw, verifyStreams, asOf, deskHttpReads }: Issue13Figures): Row[] {
  const raw = appends.raw.perSecond;
  const rawBaseline = `raw better-sqlite3, 1 row/tx, fsync: ${int(raw)}/s`;
  const out: Row[] = [
    {
      work: 'Sequential durable append',
      measured: `${int(appends.adapter.perSecond)} events/s`,
      baseline: rawBaseline,
      ratio: appends.adapter.perSecond / raw,
      goal: '≥ 0.5',
      met: appends.adapter.perSecond / raw >= 0.5,
    },
    {
      work: `${appends.concurrent.writers} concurrent writers (group commit)`,
      measured: `${int(appends.concurrent.perSecond)} events/s, ${appends.concurrent.appendsPerCommit.toFixed(1)} per commit`,
      baseline: rawBaseline,
      ratio: appends.concurrent.perSecond / raw,
      goal: '≥ 3',
      met: appends.concurrent.perSecond / raw >= 3,
    },
  ];
  if (againstRaw) {
    const { scan } = againstRaw;
    for (const [label, f] of [
      ['Rebuild of desk-statistics into an SQLite file', againstRaw.rebuild],
      ['Replay of desk-statistics into an SQLite scratch', againstRaw.replay],
    ] as const) {
      if (!f) continue;
      const ratio = f.perSecond / scan.perSecond;
      out.push({
        work: `${label}, ${int(f.events)} events`,
        measured: `${int(f.perSecond)} events/s, peak RSS ${mib(f.memory.peakRss)}`,
        baseline: `raw scan + JSON.parse: ${int(scan.perSecond)}/s`,
        ratio,
        goal: `≥ ${REPLAY_GOAL_RATIO}, RSS < ${mib(REPLAY_GOAL_RSS_BYTES)}`,
        met: ratio >= REPLAY_GOAL_RATIO && f.memory.peakRss < REPLAY_GOAL_RSS_BYTES,
      });
    }
  }
  if (verifyStreams) {
    const { log, scan, verify } = verifyStreams;
    const peak = Math.max(verify.memory.maxRss, verify.memory.peakRss);
    out.push({
      work: `era verify, ${int(log.streams)} streams`,
      measured: `${int(verify.perSecond)} events/s, peak RSS ${mib(peak)}`,
      baseline: `raw scan + JSON.parse + SHA-256: ${int(scan.perSecond)}/s`,
      ratio: verify.perSecond / scan.perSecond,
      goal: 'RSS < 256 MiB (rate: reported)',
      met: verify.ok && peak < 256 * 1024 * 1024,
    });
  }
  for (const query of asOf?.statistics?.queries ?? []) {
    out.push({
      work: `As-of statistics, ${query.label}`,
      measured: `worst ${query.points.reduce((worst, point) => Math.max(worst, point.ms), 0).toFixed(0)} ms`,
      baseline: `current statistics: ${query.currentMs.toFixed(0)} ms`,
      ratio: query.worstRatio,
      goal: '≤ 5',
      met: query.worstRatio <= 5,
    });
  }
  const review = asOf?.review;
  if (review) {
    out.push({
      work: 'Compliance review of one licence',
      measured: `${int(review.eventsRead - review.walkedEvents)} events read by stream, ${int(review.walkedEvents)} by walking the log; ${(review.oneSeconds * 1000).toFixed(0)} ms`,
      baseline: `the log: ${int(review.logEvents)} events (all licences ${(review.allSeconds * 1000).toFixed(0)} ms)`,
      ratio: review.eventsRead / review.logEvents,
      goal: 'only its streams',
      met: review.walkedEvents === 0,
    });
  }
  if (httpWrites) {
    out.push({
      work: `HTTP writes, POST /desk/inquiries, ${httpWrites.connections} clients`,
      measured: `${int(httpWrites.perSecond)} writes/s, p99 ${httpWrites.p99Ms.toFixed(0)} ms`,
      baseline: rawBaseline,
      ratio: httpWrites.perSecond / raw,
      goal: '≥ 1',
      met: httpWrites.failed === 0 && httpWrites.perSecond / raw >= 1,
    });
  }
  for (const log of deskHttpReads?.logs ?? []) {
    for (const c of log.cases.filter(isKept)) {
      out.push({
        work: `HTTP read ${c.label}, ${int(log.events)} events`,
        measured: `${int(c.api.requestsPerSecond)} req/s`,
        baseline: `bare node:http, same bytes: ${int(c.bare.requestsPerSecond)} req/s`,
        ratio: ratioOf(c),
        goal: `≥ ${DESK_READS_GOAL}`,
        met: ratioOf(c) >= DESK_READS_GOAL,
      });
    }
  }
  return out;
}

/** The issue's table as this run measured it, in Markdown: every row a ratio against its baseline of the same run. */
export function issue13Table(figures: Issue13Figures): string {
  const cells = rows(figures).map((row) => [
    row.work,
    row.measured,
    row.baseline,
    row.ratio === undefined ? '–' : fixed(row.ratio),
    row.goal,
    row.met === undefined ? '–' : row.met ? 'met' : 'NOT MET',
  ]);
  const header = ['Work (issue 13)', 'Measured', 'Baseline, same run', 'Ratio', 'Goal', ''];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i].length)));
  const line = (cell: string[]) => `| ${cell.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
