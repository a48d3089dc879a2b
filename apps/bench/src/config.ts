/** Benchmark size, from the environment so that a small run is one variable away: `BENCH_EVENTS=20000 npm run bench`. */
export interface BenchConfig {
  /** Events in the generated log that is replayed and verified. */
  events: number;
  /** Duration of each durable-append measurement, in seconds. */
  seconds: number;
  /** Also replay into an in-memory read store (the compliance path). */
  memoryReplay: boolean;
  /** Also time verifyEventStore over the generated log. */
  verify: boolean;
  /** Streams in the log of the many-streams verification step (issue 13; BENCH_VERIFY_STREAMS=0 skips it). */
  verifyStreams: number;
  /** Also append a licence workload and time compliance reviews of one and of all licences. */
  review: boolean;
  /** Licences in that workload. */
  licences: number;
  /** Also time /health and a desk write on the built API while four whole-log requests run. */
  responsiveness: boolean;
  /** Samples of each (health, write) taken meanwhile. */
  responsivenessSamples: number;
  /** ERA_MODE of that API: `all` (projections in process, the embedded default) or `api` (as beside a projector). */
  apiMode: 'all' | 'api';
  /** Also time the rebuild of desk-statistics over the log (step 3). */
  rebuild: boolean;
  /** Also generate an A-Z log (e-resources and their activations) and run the A-Z steps on it. */
  az: boolean;
  /** E-resources registered in that log. */
  azResources: number;
  /** Activation events in it (activations, deactivations, corrections, retractions). */
  azActivations: number;
  /** Also rebuild the A-Z projection over that log (and scan the log raw, the baseline). */
  azRebuild: boolean;
  /** Also load public GET /a-z on the built API and a bare node:http server sending the same bytes. */
  azHttp: boolean;
  /** Duration of each of those loads, in seconds. */
  azHttpSeconds: number;
  /** autocannon connections. */
  azHttpConnections: number;
  /** The search measured (`GET /a-z?q=…`). */
  azQuery: string;
  /** Also run a day of a busy desk: check-outs and check-ins with fines and payments over HTTP on the built API. */
  deskDay: boolean;
  /** Check-outs in that day (and as many check-ins). */
  deskDayLoans: number;
  /** Desks working at once in it. */
  deskDayDesks: number;
  /** Also generate a KBART title list and time its import against csv-parse alone reading it. */
  kbart: boolean;
  httpWrites: boolean;
  /** Also load GET /desk/statistics and /desk/inquiries on the built API against a bare node:http server (issue 13). */
  deskHttpReads: boolean;
  httpWritesAmount: number;
  httpWritesConnections: number;
  /** Data rows in that file. */
  kbartRows: number;
  /** Also time desk statistics as of earlier points against current ones, and count a one-licence review's reads. */
  asOf: boolean;
  /** Keep the temporary directory (for inspection) instead of deleting it. */
  keep: boolean;
  /** Directory for `--cpu-prof` profiles of the replay child processes, when set. */
  cpuProfileDir?: string;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

const flag = (name: string, fallback: boolean) => {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? fallback : !['0', 'false', 'no'].includes(raw.toLowerCase());
};

export function loadBenchConfig(): BenchConfig {
  return {
    events: Math.round(positiveNumber('BENCH_EVENTS', 1_000_000)),
    seconds: positiveNumber('BENCH_SECONDS', 5),
    memoryReplay: flag('BENCH_MEMORY_REPLAY', true),
    verify: flag('BENCH_VERIFY', true),
    verifyStreams: flag('BENCH_VERIFY_STREAMS', true) ? Math.round(positiveNumber('BENCH_VERIFY_STREAMS', 2_000_000)) : 0,
    review: flag('BENCH_REVIEW', true),
    asOf: flag('BENCH_AS_OF', true),
    licences: Math.round(positiveNumber('BENCH_LICENCES', 300)),
    responsiveness: flag('BENCH_RESPONSIVENESS', true),
    responsivenessSamples: Math.round(positiveNumber('BENCH_RESPONSIVENESS_SAMPLES', 50)),
    apiMode: process.env.BENCH_API_MODE === 'api' ? 'api' : 'all',
    rebuild: flag('BENCH_REBUILD', true),
    az: flag('BENCH_AZ', true),
    azResources: Math.round(positiveNumber('BENCH_AZ_RESOURCES', 10_000)),
    azActivations: Math.round(positiveNumber('BENCH_AZ_ACTIVATIONS', 100_000)),
    azRebuild: flag('BENCH_AZ_REBUILD', true),
    azHttp: flag('BENCH_AZ_HTTP', true),
    azHttpSeconds: positiveNumber('BENCH_AZ_HTTP_SECONDS', 10),
    azHttpConnections: Math.round(positiveNumber('BENCH_AZ_HTTP_CONNECTIONS', 16)),
    azQuery: process.env.BENCH_AZ_QUERY?.trim() || 'journal',
    deskDay: flag('BENCH_DESK_DAY', true),
    deskDayLoans: Math.round(positiveNumber('BENCH_DESK_DAY_LOANS', 10_000)),
    deskDayDesks: Math.round(positiveNumber('BENCH_DESK_DAY_DESKS', 4)),
    kbart: flag('BENCH_KBART', true),
    httpWrites: flag('BENCH_HTTP_WRITES', true),
    deskHttpReads: flag('BENCH_DESK_HTTP_READS', true),
    httpWritesAmount: Math.round(positiveNumber('BENCH_HTTP_WRITES_AMOUNT', 5000)),
    httpWritesConnections: Math.round(positiveNumber('BENCH_HTTP_WRITES_CONNECTIONS', 50)),
    kbartRows: Math.round(positiveNumber('BENCH_KBART_ROWS', 50_000)),
    keep: flag('BENCH_KEEP', false),
    cpuProfileDir: process.env.BENCH_CPU_PROF || undefined,
  };
}
