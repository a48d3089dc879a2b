import { readFileSync } from 'node:fs';
import { DeskHttpReadsFigures, deskHttpReadsRows } from './desk-http-reads';
import { cpus, totalmem } from 'node:os';
import { AppendRates } from './append-rate';
import { AzSummary, azSummaryRows } from './a-z-report';
import { AsOfSummary, asOfSummaryRows } from './as-of-report';
import { BenchConfig } from './config';
import { DeskDayFigures } from './desk-day';
import { GeneratedLog } from './generate-log';
import { HttpWriteFigures } from './http-writes';
import { KbartSummary, kbartSummaryRows } from './kbart-report';
import { LicenceWorkload } from './licence-workload';
import { ReplayFigures } from './replay-rate';
import { ScreeningFigures, worstRequestPathMs } from './screening-cost';
import { ResponsivenessFigures, RESPONSIVENESS_GOAL_MS } from './responsiveness';
import { verifyStreamsRow, VerifyStreamsFigures } from './verify-streams';
import { LatencySummary, TimedLoopResult } from './timing';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (n: number) => `${n.toFixed(1)} s`;

/** The mount (type and device) a path lives on, from /proc/mounts: tmpfs would make fsync free. */
export function fileSystemOf(path: string): string {
  try {
    const mounts = readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((line) => line.split(' '))
      .filter((fields) => fields.length > 2 && (path === fields[1] || path.startsWith(fields[1].endsWith('/') ? fields[1] : `${fields[1]}/`)));
    const best = mounts.sort((a, b) => b[1].length - a[1].length)[0];
    return best ? `${best[2]} on ${best[1]} (${best[0]})` : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function header(config: BenchConfig, dir: string): string {
  return [
    `ERA ledger benchmark, ${new Date().toISOString()}`,
    `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPU(s) (${cpus()[0]?.model.trim() ?? '?'}), ${mb(totalmem())} RAM`,
    `temp dir ${dir}: ${fileSystemOf(dir)}`,
    `BENCH_EVENTS=${config.events} BENCH_SECONDS=${config.seconds}${config.rebuild ? '' : ' BENCH_REBUILD=0'}` +
      `${config.responsiveness ? ` BENCH_RESPONSIVENESS_SAMPLES=${config.responsivenessSamples} BENCH_API_MODE=${config.apiMode}` : ' BENCH_RESPONSIVENESS=0'}` +
      `${config.memoryReplay ? '' : ' BENCH_MEMORY_REPLAY=0'}${config.verify ? '' : ' BENCH_VERIFY=0'}` +
      `${config.review ? ` BENCH_LICENCES=${config.licences}` : ' BENCH_REVIEW=0'}${config.cpuProfileDir ? ` BENCH_CPU_PROF=${config.cpuProfileDir}` : ''}` +
      (config.az
        ? ` BENCH_AZ_RESOURCES=${config.azResources} BENCH_AZ_ACTIVATIONS=${config.azActivations}${config.azRebuild ? '' : ' BENCH_AZ_REBUILD=0'}` +
          (config.azHttp ? ` BENCH_AZ_HTTP_SECONDS=${config.azHttpSeconds} BENCH_AZ_HTTP_CONNECTIONS=${config.azHttpConnections}` : ' BENCH_AZ_HTTP=0')
        : ' BENCH_AZ=0') +
      (config.deskDay ? ` BENCH_DESK_DAY_LOANS=${config.deskDayLoans} BENCH_DESK_DAY_DESKS=${config.deskDayDesks}` : ' BENCH_DESK_DAY=0') +
      (config.kbart ? ` BENCH_KBART_ROWS=${config.kbartRows}` : ' BENCH_KBART=0'),
  ].join('\n');
}

const latency = (r: TimedLoopResult) => `p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)}, max ${ms(r.maxMs)}; ${int(r.operations)} in ${secs(r.seconds)}`;

export function describeAppends(rates: AppendRates): string {
  return [
    `  SqliteEventStore.append   ${int(rates.adapter.perSecond).padStart(7)} events/s  ${latency(rates.adapter)}`,
    `  raw better-sqlite3 INSERT ${int(rates.raw.perSecond).padStart(7)} rows/s    ${latency(rates.raw)}`,
    `  adapter/raw ${(rates.adapter.perSecond / rates.raw.perSecond).toFixed(2)}; row ${int(rates.rowBytes)} bytes; prepareAppend CPU ${rates.prepareMicros.toFixed(1)} µs/event`,
    `  no-fsync reference (synchronous=OFF): adapter ${int(rates.adapterNoSync.perSecond)} events/s (p50 ${ms(rates.adapterNoSync.p50Ms)}), ` +
      `raw ${int(rates.rawNoSync.perSecond)} rows/s (p50 ${ms(rates.rawNoSync.p50Ms)})`,
    `  ${rates.concurrent.writers} concurrent writers (group commit) ${int(rates.concurrent.perSecond)} events/s, ` +
      `${(rates.concurrent.perSecond / rates.raw.perSecond).toFixed(2)} × the raw single-row rate (goal ≥ 3); ${rates.concurrent.appendsPerCommit.toFixed(1)} appends per commit`,
  ].join('\n');
}

export function describeHttpWrites(writes: HttpWriteFigures, appends: AppendRates): string {
  return (
    `  ${int(writes.perSecond)} writes/s (${int(writes.requests)} in ${secs(writes.seconds)}), p50 ${ms(writes.p50Ms)}, p99 ${ms(writes.p99Ms)}; ` +
    `${(writes.perSecond / appends.raw.perSecond).toFixed(2)} × the raw single-row rate (goal ≥ 1); ${writes.failed} not acknowledged`
  );
}

export function describeLog(log: GeneratedLog): string {
  const mix = Object.entries(log.counts)
    .map(([type, n]) => `${type} ${int(n)} (${((100 * n) / log.events).toFixed(1)}%)`)
    .join(', ');
  return [
    `  ${int(log.events)} events in ${int(log.streams)} streams, ${secs(log.seconds)} (${int(log.events / log.seconds)} events/s), file ${mb(log.fileBytes)}`,
    `  ${mix}`,
    `  recordedAt ${log.firstRecordedAt} … ${log.lastRecordedAt}`,
  ].join('\n');
}

const memory = (f: ReplayFigures) =>
  `longest event-loop stall ${secs(f.maxEventLoopStallMs / 1000)}; peak RSS ${mb(f.memory.peakRss)} (baseline ${mb(f.memory.baselineRss)}, kernel maxrss ${mb(f.memory.maxRss)}), ` +
  `peak heapUsed ${mb(f.memory.peakHeapUsed)} (baseline ${mb(f.memory.baselineHeapUsed)}), ${int(f.memory.samples)} samples`;

export function describeReplay(f: ReplayFigures): string {
  return `  ${int(f.events)} events in ${secs(f.seconds)}: ${int(f.perSecond)} events/s\n  ${memory(f)}${f.detail ? `\n  ${f.detail}` : ''}`;
}

export function describeWorkload(workload: LicenceWorkload): string {
  return `  ${int(workload.licences)} licences, ${int(workload.events)} events appended in ${secs(workload.seconds)} (one append per decision, fsynced)`;
}

/** A review is one answer, not a stream of events: its wall time and the process's peak memory are what count. */
export function describeReview(f: ReplayFigures): string {
  return `  ${ms(f.seconds * 1000)} wall; ${f.detail ?? ''}\n  ${memory(f)}`;
}

const percentiles = (r: LatencySummary) => `p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)}, max ${ms(r.maxMs)}`;
const goal = (r: LatencySummary) =>
  r.maxMs < RESPONSIVENESS_GOAL_MS ? `goal < ${RESPONSIVENESS_GOAL_MS} ms met` : `goal < ${RESPONSIVENESS_GOAL_MS} ms NOT met`;
const load = (averages: number[]) => averages.map((n) => n.toFixed(2)).join(' ');

export function describeResponsiveness(f: ResponsivenessFigures): string {
  return [
    `  API (ERA_MODE=${f.mode}) started${f.mode === 'all' ? ' and caught up with the log' : ''} in ${secs(f.catchUpSeconds)}`,
    `  idle:       /health ${percentiles(f.idle.health)}; desk write ${percentiles(f.idle.write)}`,
    `  under load: /health ${percentiles(f.underLoad.health)} (${goal(f.underLoad.health)})`,
    `              desk write ${percentiles(f.underLoad.write)} (${goal(f.underLoad.write)})`,
    `  ${f.underLoad.health.samples} samples of each, ${f.samplesWhileLoaded} of them started while whole-log work was still running`,
    ...f.wholeLog.map((request) => `  ${request.label}: ${request.status ?? 'not answered yet'} after ${secs(request.seconds)}`),
    `  load average (1, 5, 15 min) before ${load(f.loadAverage.before)}, after ${load(f.loadAverage.after)} (the machine is shared)`,
  ].join('\n');
}

/** Whether the read models add up to what the generator wrote; undefined when there is nothing to check. */
export function checkTotals(f: ReplayFigures | undefined, log: GeneratedLog): string | undefined {
  if (!f?.totals) return undefined;
  const { inquiries, minutes, headcount } = f.totals;
  const e = log.expected;
  const ok = inquiries === e.inquiries && minutes === e.minutes && headcount === e.headcount;
  return (
    `${ok ? 'OK' : 'MISMATCH'}: ${int(inquiries)} inquiries / ${int(minutes)} min / headcount ${int(headcount)} ` +
    `(expected ${int(e.inquiries)} / ${int(e.minutes)} / ${int(e.headcount)}) in ${int(f.totals.inquiryCells)} + ${int(f.totals.headcountCells)} cells`
  );
}

/** Commands and events per second against the raw durable insert rate of step 1 (same run, same disk). */
const againstRaw = (f: DeskDayFigures, appends: AppendRates) =>
  `${(f.commandsPerSecond / appends.raw.perSecond).toFixed(3)} of raw inserts in commands, ${(f.eventsPerSecond / appends.raw.perSecond).toFixed(3)} in events`;

const lagOf = (f: DeskDayFigures) =>
  `${int(f.lag.eventsBehind)} events behind at the last answer (${f.lag.slowest}, head ${int(f.lag.headPosition)}), caught up ${secs(f.lag.catchUpSeconds)} later; at most ${int(f.lag.peakBehindDuringDay)} behind during the day`;

export function describeDeskDay(f: DeskDayFigures, appends: AppendRates): string {
  const c = f.commands;
  return [
    `  set-up (not timed): ${int(f.setup.commands)} borrowers and items registered in ${secs(f.setup.seconds)}`,
    `  ${int(c.total)} commands in ${secs(f.seconds)} at ${f.desks} desks: ${int(c.checkOuts)} check-outs, ${int(c.checkIns)} check-ins, ` +
      `${int(c.charges)} fees charged at the desk (+${int(f.finesFromCheckIns)} fines charged by late check-ins), ${int(c.payments)} payments`,
    `  ${int(f.commandsPerSecond)} commands/s, ${int(f.eventsPerSecond)} events/s (${int(f.events)} events); per command ${percentiles(f.latency)}`,
    `  against raw durable inserts (${int(appends.raw.perSecond)} rows/s, step 1): ${againstRaw(f, appends)}`,
    `  projection lag: ${lagOf(f)}`,
  ].join('\n');
}

export interface Summary {
  screening: ScreeningFigures;
  appends: AppendRates;
  httpWrites?: HttpWriteFigures;
  log: GeneratedLog;
  rebuild?: ReplayFigures;
  memoryReplay?: ReplayFigures;
  verify?: ReplayFigures;
  reviews?: { workload: LicenceWorkload; one: ReplayFigures; all: ReplayFigures };
  asOf?: AsOfSummary;
  responsiveness?: ResponsivenessFigures;
  az?: AzSummary;
  deskDay?: DeskDayFigures;
  kbart?: KbartSummary;
  deskHttpReads?: DeskHttpReadsFigures;
  verifyStreams?: VerifyStreamsFigures;
}

/** The closing table, in Markdown so it can go straight into docs/benchmarks.md. */
export function summaryTable({
  screening,
  appends,
  httpWrites,
  log,
  rebuild,
  memoryReplay,
  verify,
  reviews,
  asOf,
  responsiveness,
  az,
  deskDay,
  kbart,
  deskHttpReads,
  verifyStreams,
}: Summary): string {
  const rows: [string, string, string][] = [
    [
      'Screening, 1 MB worst-case note (request path, CPU)',
      ms(worstRequestPathMs(screening.cases)),
      `refused at the length cap; scan alone linear, worst ${ms(Math.max(...screening.cases.map((c) => c.scanMs)))} per MB`,
    ],
    ['Durable append, SqliteEventStore (1 event/tx, fsync)', `${int(appends.adapter.perSecond)} events/s`, latency(appends.adapter)],
    ['Durable insert, raw better-sqlite3 (1 row/tx, fsync)', `${int(appends.raw.perSecond)} rows/s`, latency(appends.raw)],
    [
      'Adapter / raw',
      (appends.adapter.perSecond / appends.raw.perSecond).toFixed(2),
      `row ${int(appends.rowBytes)} B; prepareAppend ${appends.prepareMicros.toFixed(1)} µs/event CPU`,
    ],
    [
      `Durable append, ${appends.concurrent.writers} concurrent writers (group commit, fsync)`,
      `${int(appends.concurrent.perSecond)} events/s`,
      `${(appends.concurrent.perSecond / appends.raw.perSecond).toFixed(2)} × raw single-row rate (goal ≥ 3); ${appends.concurrent.appendsPerCommit.toFixed(1)} appends per commit`,
    ],
    [
      'Same, synchronous=OFF (no fsync; reference only)',
      `${int(appends.adapterNoSync.perSecond)} / ${int(appends.rawNoSync.perSecond)} per s`,
      `adapter / raw; p50 ${ms(appends.adapterNoSync.p50Ms)} / ${ms(appends.rawNoSync.p50Ms)}`,
    ],
    ...(httpWrites
      ? [
          [
            `HTTP writes, POST /desk/inquiries, ${httpWrites.connections} clients`,
            `${int(httpWrites.perSecond)} writes/s`,
            `${(httpWrites.perSecond / appends.raw.perSecond).toFixed(2)} × raw single-row rate (goal ≥ 1); p50 ${ms(httpWrites.p50Ms)}, p99 ${ms(httpWrites.p99Ms)}; ${httpWrites.failed} not acknowledged`,
          ] as [string, string, string],
        ]
      : []),
    [`Generate ${int(log.events)}-event log (not in replay)`, secs(log.seconds), `${int(log.events / log.seconds)} events/s, ${mb(log.fileBytes)} file`],
  ];
  const replayRow = (label: string, f: ReplayFigures): [string, string, string] => [
    label,
    `${int(f.perSecond)} events/s`,
    `${secs(f.seconds)} wall; peak RSS ${mb(f.memory.peakRss)} (base ${mb(f.memory.baselineRss)}); peak heap ${mb(f.memory.peakHeapUsed)} (base ${mb(f.memory.baselineHeapUsed)}); ` +
      `event loop blocked up to ${secs(f.maxEventLoopStallMs / 1000)}`,
  ];
  if (rebuild) rows.push(replayRow('Replay desk-statistics → SqliteReadStore file (runRebuild, batch 5000)', rebuild));
  if (memoryReplay) rows.push(replayRow('Replay desk-statistics → scratch temporary database (replayProjection)', memoryReplay));
  if (verify) rows.push(replayRow(`verifyEventStore (${verify.ok ? 'ok' : 'FAILED'})`, verify));
  if (verifyStreams) rows.push(verifyStreamsRow(verifyStreams));
  if (reviews) {
    const reviewRow = (label: string, f: ReplayFigures): [string, string, string] => [
      `${label} (${f.ok ? 'ok' : 'FAILED'})`,
      ms(f.seconds * 1000),
      `peak RSS ${mb(f.memory.peakRss)} (kernel maxrss ${mb(f.memory.maxRss)}, base ${mb(f.memory.baselineRss)}); peak heap ${mb(f.memory.peakHeapUsed)}; ` +
        `${int(f.events)} events verified; event loop blocked up to ${secs(f.maxEventLoopStallMs / 1000)}`,
    ];
    const of = `${int(reviews.workload.licences)} licences, ${int(reviews.workload.events)} licence events`;
    rows.push(reviewRow(`Compliance review, one licence (of ${of})`, reviews.one));
    rows.push(reviewRow(`Compliance review, all licences (${of})`, reviews.all));
  }
  rows.push(...asOfSummaryRows(asOf));
  if (responsiveness) {
    const { health, write } = responsiveness.underLoad;
    const during = `${responsiveness.samplesWhileLoaded}/${health.samples} samples during ${responsiveness.wholeLog.length} whole-log requests`;
    rows.push([`/health under whole-log load`, `max ${ms(health.maxMs)}`, `${percentiles(health)}; ${goal(health)}; ${during}`]);
    rows.push([`Desk write (POST /desk/inquiries) under whole-log load`, `max ${ms(write.maxMs)}`, `${percentiles(write)}; ${goal(write)}; ${during}`]);
  }
  if (az) rows.push(...azSummaryRows(az));
  if (deskDay) {
    const c = deskDay.commands;
    rows.push([
      `A day of a busy desk (HTTP, ${deskDay.desks} desks): ${int(c.checkOuts)} check-outs, ${int(c.checkIns)} check-ins, ${int(c.payments)} payments`,
      `${int(deskDay.commandsPerSecond)} commands/s`,
      `${againstRaw(deskDay, appends)}; ${int(deskDay.eventsPerSecond)} events/s; per command ${percentiles(deskDay.latency)}`,
    ]);
    rows.push(['Projection lag after that day', `${int(deskDay.lag.eventsBehind)} events`, lagOf(deskDay)]);
  }
  if (kbart) rows.push(...kbartSummaryRows(kbart));
  if (deskHttpReads) rows.push(...deskHttpReadsRows(deskHttpReads));
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), ['Measurement', 'Result', 'Detail'][i].length));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(['Measurement', 'Result', 'Detail']), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
