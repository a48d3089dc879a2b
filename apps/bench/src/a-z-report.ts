import { AzHttpCase, AzHttpFigures, Throughput } from './a-z-http';
import { AzLog } from './a-z-log';
import { ReplayFigures } from './replay-rate';

/** The A-Z steps' figures: the log, its raw scan (baseline), the projection's rebuild and the HTTP loads. */
export interface AzSummary {
  log: AzLog;
  scan?: ReplayFigures;
  rebuild?: ReplayFigures;
  http?: AzHttpFigures;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (n: number) => `${n.toFixed(1)} s`;
/** Two decimals, or two significant digits when smaller than 0.1 (an API at 1/500 of the bare server is not 0.00). */
const ratio = (a: number, b: number) => (b <= 0 ? 'n/a' : a / b >= 0.1 ? (a / b).toFixed(2) : (a / b).toPrecision(2));

export function describeAzLog(log: AzLog): string {
  const mix = Object.entries(log.counts)
    .map(([type, n]) => `${type} ${int(n)}`)
    .join(', ');
  return [
    `  ${int(log.events)} events (${int(log.resources)} resources), ${secs(log.seconds)} (${int(log.events / log.seconds)} events/s), file ${mb(log.fileBytes)}`,
    `  ${mix}${log.events - log.resources < log.activationsRequested ? ` (${int(log.activationsRequested)} activation events asked; the rest refused by the decider)` : ''}`,
    `  recordedAt ${log.firstRecordedAt} … ${log.lastRecordedAt}; ${int(log.expectedListedToday)} resources on the list on ${log.today}`,
  ].join('\n');
}

const memory = (f: ReplayFigures) =>
  `peak RSS ${mb(f.memory.peakRss)} (baseline ${mb(f.memory.baselineRss)}), peak heapUsed ${mb(f.memory.peakHeapUsed)}, longest event-loop stall ${secs(f.maxEventLoopStallMs / 1000)}`;

export function describeAzScan(f: ReplayFigures): string {
  return `  ${int(f.events)} events in ${secs(f.seconds)}: ${int(f.perSecond)} events/s; ${f.detail ?? ''}\n  ${memory(f)}`;
}

export function describeAzRebuild(f: ReplayFigures, scan: ReplayFigures | undefined): string {
  const counts = f.azCounts;
  return [
    `  ${int(f.events)} events in ${secs(f.seconds)}: ${int(f.perSecond)} events/s${scan ? `; rebuild/raw scan ${ratio(f.perSecond, scan.perSecond)} (${ratio(f.seconds, scan.seconds)}× the scan's time)` : ''}`,
    `  ${memory(f)}`,
    ...(counts
      ? [
          `  read model: ${int(counts.resources)} resources, ${int(counts.detailVersions)} detail versions, ${int(counts.activationVersions)} activation versions; ` +
            `${int(counts.listedOn)} on today's list`,
        ]
      : []),
  ].join('\n');
}

const throughput = (t: Throughput) =>
  `idle ${ms(t.idleMs)} per request; loaded ${int(t.requestsPerSecond).padStart(6)} req/s, p50 ${ms(t.p50Ms)}, p99 ${ms(t.p99Ms)}, max ${ms(t.maxMs)}; ${int(t.requests)} requests${t.errors ? `, ${t.errors} connection errors (${t.timeouts} timeouts)` : ''}${t.unexpected ? `, ${t.unexpected} unexpected status` : ''}`;

export function describeAzHttp(f: AzHttpFigures): string {
  return [
    `  API (ERA_MODE=all) started and caught up with the log in ${secs(f.catchUpSeconds)}; today's list ${int(f.listedToday)} resources, first page ${f.firstPage}`,
    ...f.cases.flatMap((c) => [
      `  ${c.label} (${c.status}, ${int(c.bytes)} body bytes), ${f.connections} connections${c.firstMs !== undefined ? `; the API's first answer took ${ms(c.firstMs)}` : ''}:`,
      `    API  ${throughput(c.api)}`,
      `    bare ${throughput(c.bare)}`,
      `    API/bare ${ratio(c.api.requestsPerSecond, c.bare.requestsPerSecond)}`,
    ]),
    `  load average (1, 5, 15 min) before ${f.loadAverage.before.map((n) => n.toFixed(2)).join(' ')}, after ${f.loadAverage.after.map((n) => n.toFixed(2)).join(' ')} (the machine is shared)`,
  ].join('\n');
}

/**
 * Whether the rebuilt list and the API's list hold the resources the generator put on today's list, and every answer
 * had the expected status. Connection errors are counted, not failed: a saturated server may drop one.
 */
export function azChecks(az: AzSummary | undefined): [string, string | undefined][] {
  if (!az) return [];
  const expected = az.log.expectedListedToday;
  const listed = az.rebuild?.azCounts;
  return [
    [
      'A-Z rebuild',
      listed &&
        `${listed.listedOn === expected && listed.resources === az.log.resources ? 'OK' : 'MISMATCH'}: ${int(listed.resources)} resources (expected ${int(az.log.resources)}), ` +
          `${int(listed.listedOn)} on today's list (expected ${int(expected)})`,
    ],
    [
      'GET /a-z',
      az.http &&
        `${az.http.listedToday === expected && az.http.cases.every(answeredAsExpected) ? 'OK' : 'MISMATCH'}: ${int(az.http.listedToday)} on today's list (expected ${int(expected)}); ` +
          az.http.cases.map(failures).join('; '),
    ],
  ];
}

const failures = (c: AzHttpCase) =>
  c.api.requests === 0
    ? `${c.label}: the API answered none within ${secs(c.api.seconds)}`
    : `${c.label}: ${c.api.unexpected} / ${c.bare.unexpected} unexpected status, ${c.api.errors} / ${c.bare.errors} connection errors (API / bare)`;

const answeredAsExpected = (c: AzHttpCase) => c.api.unexpected + c.bare.unexpected === 0 && c.api.requests > 0 && c.bare.requests > 0;

/** Rows of the closing table. */
export function azSummaryRows(az: AzSummary): [string, string, string][] {
  const rows: [string, string, string][] = [
    [
      `Generate A-Z log (${int(az.log.resources)} resources, ${int(az.log.events - az.log.resources)} activation events)`,
      secs(az.log.seconds),
      `${int(az.log.events)} events, ${mb(az.log.fileBytes)} file`,
    ],
  ];
  if (az.scan)
    rows.push([
      'A-Z log, raw scan and JSON.parse (baseline)',
      `${int(az.scan.perSecond)} events/s`,
      `${secs(az.scan.seconds)} wall; peak RSS ${mb(az.scan.memory.peakRss)}`,
    ]);
  if (az.rebuild) {
    const f = az.rebuild;
    rows.push([
      'Rebuild a-z projection → SqliteReadStore file (runRebuild, batch 5000)',
      `${int(f.perSecond)} events/s`,
      `${secs(f.seconds)} wall; ${az.scan ? `rebuild/raw scan ${ratio(f.perSecond, az.scan.perSecond)}; ` : ''}peak RSS ${mb(f.memory.peakRss)} (base ${mb(f.memory.baselineRss)}); ` +
        `peak heap ${mb(f.memory.peakHeapUsed)}; event loop blocked up to ${secs(f.maxEventLoopStallMs / 1000)}`,
    ]);
  }
  for (const c of az.http?.cases ?? []) {
    rows.push([
      `${c.label}, ${az.http?.connections} connections`,
      `${int(c.api.requestsPerSecond)} req/s`,
      `API/bare ${ratio(c.api.requestsPerSecond, c.bare.requestsPerSecond)} (bare ${int(c.bare.requestsPerSecond)} req/s); ` +
        `p50 ${ms(c.api.p50Ms)} / ${ms(c.bare.p50Ms)}, p99 ${ms(c.api.p99Ms)} / ${ms(c.bare.p99Ms)}, idle ${ms(c.api.idleMs)} / ${ms(c.bare.idleMs)} (API / bare); ${int(c.bytes)} B${c.firstMs !== undefined ? `; API's first answer ${ms(c.firstMs)}` : ''}`,
    ]);
  }
  return rows;
}
