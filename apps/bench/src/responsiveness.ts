import { ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { projectionStatuses } from '@era/projection-engine';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { LatencySummary, nowMs, summarise } from './timing';

/** The goal of issue 9: while whole-log work runs, /health and a desk write each answer within this. */
export const RESPONSIVENESS_GOAL_MS = 100;

export interface WholeLogRequest {
  label: string;
  /** The answer's status, or undefined when it was still running as sampling ended (the API is then stopped). */
  status?: number;
  seconds: number;
}

/** `all`: projections in the API process (the embedded default; writes wait for them); `api`: as in production, beside a projector. */
export type ApiMode = 'all' | 'api';

export interface ResponsivenessFigures {
  mode: ApiMode;
  /** How long the built API took to start (in `all` mode, and catch its projections up with the log). */
  catchUpSeconds: number;
  idle: { health: LatencySummary; write: LatencySummary };
  underLoad: { health: LatencySummary & { samples: number }; write: LatencySummary & { samples: number } };
  wholeLog: WholeLogRequest[];
  /** Samples taken while at least one whole-log request was still running. */
  samplesWhileLoaded: number;
  loadAverage: { before: number[]; after: number[] };
}

const DESK = { Authorization: 'Bearer dev-desk-token' };
const AUDITOR = { Authorization: 'Bearer dev-auditor-token' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the built API (dist/apps/api, embedded default, in a child process) on the generated log, waits until its
 * projections have caught up, then starts four whole-log requests at once (two as-of statistics replays of the
 * whole log, a verification of the whole log and a compliance review of all licences; the queue runs two at a time)
 * and meanwhile times /health and a desk write, one after the other, `samples` times each.
 */
export async function measureResponsiveness(dataDir: string, samples: number, mode: ApiMode): Promise<ResponsivenessFigures> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = nowMs();
  const api = startApi(dataDir, port, mode);
  try {
    await ready(dataDir, base, api, mode);
    const catchUpSeconds = (nowMs() - started) / 1000;
    const idle = { health: summarise(await timeEach(20, () => health(base))), write: summarise(await timeEach(20, () => write(base))) };

    const loadBefore = loadavg();
    // Everything is recorded before now: replays as of now read the whole log.
    const asOf = encodeURIComponent(new Date().toISOString());
    const wholeLog: WholeLogRequest[] = [];
    const requests = [
      timed('as-of statistics (replay of the whole log)', `${base}/desk/statistics?from=2023-09-01&to=2025-08-31&groupBy=month&asOf=${asOf}`, DESK),
      timed('as-of statistics (replay of the whole log)', `${base}/desk/statistics?from=2023-09-01&to=2025-08-31&groupBy=location&asOf=${asOf}`, DESK),
      timed('ledger verification (whole log)', `${base}/ledger/verification`, AUDITOR),
      timed('compliance review, all licences', `${base}/compliance-review?asOf=${asOf}`, AUDITOR),
    ];
    const requestsStarted = nowMs();
    const labels = requests.map((request) => request.label);
    // A request still running when the API is stopped fails; that is expected, not an error of the bench.
    for (const request of requests)
      void request.answer.then(
        (answered) => wholeLog.push(answered),
        () => undefined,
      );
    const running = () => wholeLog.length < requests.length;
    await pause(200);

    const healthLatencies: number[] = [];
    const writeLatencies: number[] = [];
    let samplesWhileLoaded = 0;
    for (let i = 0; i < samples; i++) {
      const loaded = running();
      healthLatencies.push(await timeOne(() => health(base)));
      writeLatencies.push(await timeOne(() => write(base)));
      if (loaded) samplesWhileLoaded += 1;
      await pause(250);
    }
    // Those still running are not waited for: on a large log they take minutes, and the API is stopped now.
    const unfinished = [...labels];
    for (const answered of wholeLog) unfinished.splice(unfinished.indexOf(answered.label), 1);
    for (const label of unfinished) wholeLog.push({ label, seconds: (nowMs() - requestsStarted) / 1000 });
    return {
      mode,
      catchUpSeconds,
      idle,
      underLoad: { health: { ...summarise(healthLatencies), samples }, write: { ...summarise(writeLatencies), samples } },
      wholeLog: [...wholeLog],
      samplesWhileLoaded,
      loadAverage: { before: loadBefore, after: loadavg() },
    };
  } finally {
    // A graceful stop waits for the whole-log requests still running (minutes on a large log): kill after a grace period.
    await stopChild(api);
  }
}

/** SIGTERM, then SIGKILL after `graceMs` if the child has not ended; at once if it already has. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(killer);
}

/**
 * The built API (projections in the process, the library's zone UTC as the generators count days) on `dataDir`'s log,
 * once every projection is live at the head, and how long that took; stopped again if it never gets there.
 */
export async function startCaughtUpApi(dataDir: string): Promise<{ api: ChildProcess; base: string; catchUpSeconds: number }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = nowMs();
  const api = startApi(dataDir, port, 'all', { LIBRARY_TIMEZONE: 'UTC' });
  try {
    await ready(dataDir, base, api, 'all');
  } catch (error) {
    await stopChild(api);
    throw error;
  }
  return { api, base, catchUpSeconds: (nowMs() - started) / 1000 };
}

/** The built API in a child process on `dataDir`'s log (development tokens, warnings only); `env` adds to or overrides its environment. */
export function startApi(dataDir: string, port: number, mode: ApiMode, env: Record<string, string> = {}): ChildProcess {
  const main = join(__dirname, '..', '..', 'api', 'src', 'main.js');
  return fork(main, [], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      ERA_MODE: mode,
      LOG_LEVEL: 'warn',
      ERA_DEV_TOKENS: 'true',
      READ_MODELS_FILE: 'api-read-models.sqlite',
      ...env,
    },
    execArgv: [],
  });
}

/** Until the API answers and (in `all` mode) every projection is live at the head, as `era projections status` reads it. */
export async function ready(dataDir: string, base: string, api: ChildProcess, mode: ApiMode): Promise<void> {
  let exited = false;
  api.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error('the API exited before it was ready');
    const up = await fetch(`${base}/health`).then(
      () => true,
      () => false,
    );
    if (up && mode === 'api') return;
    if (up) {
      const events = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
      const reads = new SqliteReadStore({ file: join(dataDir, 'api-read-models.sqlite') });
      try {
        const statuses = await projectionStatuses(events, reads, ALL_PROJECTIONS);
        const behind = statuses.filter((status) => status.lag > 0 || status.servingVersion !== status.version);
        if (behind.length === 0) return;
        console.log(
          `  catching up: ${behind.map((status) => `${status.name} ${status.position.toLocaleString('en-US')}/${status.headPosition.toLocaleString('en-US')}`).join(', ')}`,
        );
      } finally {
        await reads.close();
        await events.close();
      }
    }
    await pause(5000);
  }
}

async function health(base: string): Promise<void> {
  const response = await fetch(`${base}/health`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
}

async function write(base: string): Promise<void> {
  const response = await fetch(`${base}/desk/inquiries`, {
    method: 'POST',
    headers: { ...DESK, 'Content-Type': 'application/json' },
    body: JSON.stringify({ location: 'Main Library', channel: 'in-person', questionType: 'directional', readLevel: 1, durationMinutes: 2 }),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`POST /desk/inquiries answered ${response.status}`);
}

function timed(label: string, url: string, headers: Record<string, string>): { label: string; answer: Promise<WholeLogRequest> } {
  const start = nowMs();
  const answer = fetch(url, { headers }).then(async (response) => {
    await response.arrayBuffer();
    return { label, status: response.status, seconds: (nowMs() - start) / 1000 };
  });
  return { label, answer };
}

async function timeOne(operation: () => Promise<void>): Promise<number> {
  const start = nowMs();
  await operation();
  return nowMs() - start;
}

async function timeEach(count: number, operation: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) latencies.push(await timeOne(operation));
  return latencies;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
