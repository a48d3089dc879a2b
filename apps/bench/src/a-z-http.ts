import { ChildProcess, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CannedAnswer } from './bare-server';
import { startCaughtUpApi, stopChild } from './responsiveness';
import { nowMs } from './timing';

/** What autocannon measured against one server for one request. */
export interface Throughput {
  requestsPerSecond: number;
  requests: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Mean bytes per second read. */
  bytesPerSecond: number;
  /** Connection errors, timeouts included. */
  errors: number;
  /** Requests not answered within 30 s. */
  timeouts: number;
  /** Answers with another status than the expected one. */
  unexpected: number;
  /** One request at a time on the idle server before the load: the median of three, in ms. */
  idleMs: number;
}

export interface AzHttpCase {
  label: string;
  path: string;
  /** The status every answer must have (200, or 304 for the conditional request). */
  status: number;
  /** Body bytes of the answer. */
  bytes: number;
  /** The API's first answer to this request since it started (before any answer could be kept), in ms. */
  firstMs?: number;
  api: Throughput;
  bare: Throughput;
}

export interface AzHttpFigures {
  catchUpSeconds: number;
  /** Resources on today's list as the API counts them (its letter index, summed). */
  listedToday: number;
  /** How many entries the first page holds. */
  firstPage: number;
  cases: AzHttpCase[];
  connections: number;
  loadAverage: { before: number[]; after: number[] };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The headers that belong to the answer's bytes (the framework's own, e.g. helmet's, are what is being measured). */
/**
 * Headers the bare server does not copy: those Node's http writes for every answer itself (or recomputes), so that both
 * servers send the same bytes. Everything else the API sent is sent again: the security headers, the ETag, the
 * projection position, even the correlation id (a different one per request from the API, of the same length).
 */
const NOT_CARRIED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/**
 * Starts the built API (ERA_MODE=all, a child process) on the A-Z log in `dataDir`, waits until its projections have
 * caught up, fetches `GET /a-z` (today, first page), the same with If-None-Match (304) and a search `?q=`, then
 * starts a bare `node:http` server (another child) that answers with exactly those bytes and headers. autocannon, in
 * this process, loads each for `seconds` with `connections` connections: API first, then the bare server.
 */
export async function measureAzHttp(dataDir: string, seconds: number, connections: number, query: string): Promise<AzHttpFigures> {
  // Today in UTC, as the generator counted its expected list.
  const { api, base, catchUpSeconds } = await startCaughtUpApi(dataDir);
  let bare: ChildProcess | undefined;
  try {
    const { answer: list, ms: listFirstMs } = await timedAnswer(base, '/a-z');
    const { answer: search, ms: searchFirstMs } = await timedAnswer(base, `/a-z?q=${encodeURIComponent(query)}`);
    const etag = list.headers.etag;
    if (list.status !== 200 || search.status !== 200 || etag === undefined) {
      throw new Error(`GET /a-z answered ${list.status} (ETag ${etag ?? 'none'}), the search ${search.status}: ${list.body.slice(0, 300)}`);
    }
    const conditional = await fetchAnswer(base, '/a-z', { 'If-None-Match': etag });
    const listing = JSON.parse(list.body) as { letters: { count: number }[]; entries: unknown[] };

    const answersFile = join(dataDir, 'bare-answers.json');
    writeFileSync(answersFile, JSON.stringify([list, search]));
    bare = fork(join(__dirname, 'bare-server.js'), [answersFile], { execArgv: [] });
    const barePort = await portOf(bare);
    const bareBase = `http://127.0.0.1:${barePort}`;

    const loadBefore = loadavg();
    const cases: AzHttpCase[] = [];
    const run = async (label: string, path: string, headers: Record<string, string>, status: number, bytes: number, firstMs?: number) => {
      console.log(`  ${label}: API, then bare node:http, ${seconds} s each`);
      const apiFigures = await load(`${base}${path}`, headers, seconds, connections, status);
      // Requests still in the API when autocannon stops would compete with the bare server for the CPU: let them finish.
      await (await fetch(`${base}${path}`, { headers })).arrayBuffer();
      await pause(1000);
      const bareFigures = await load(`${bareBase}${path}`, headers, seconds, connections, status);
      cases.push({ label, path, status, bytes, ...(firstMs !== undefined && { firstMs }), api: apiFigures, bare: bareFigures });
    };
    await run('GET /a-z (today, first page)', '/a-z', {}, 200, Buffer.byteLength(list.body), listFirstMs);
    await run('GET /a-z, If-None-Match (304)', '/a-z', { 'If-None-Match': etag }, conditional.status, 0);
    await run(`GET /a-z?q=${query}`, search.path, {}, 200, Buffer.byteLength(search.body), searchFirstMs);
    return {
      catchUpSeconds,
      listedToday: listing.letters.reduce((sum, letter) => sum + letter.count, 0),
      firstPage: listing.entries.length,
      cases,
      connections,
      loadAverage: { before: loadBefore, after: loadavg() },
    };
  } finally {
    await Promise.all([stopChild(api), bare ? stopChild(bare) : Promise.resolve()]);
  }
}

async function timedAnswer(base: string, path: string): Promise<{ answer: CannedAnswer; ms: number }> {
  const start = nowMs();
  const answer = await fetchAnswer(base, path);
  return { answer, ms: nowMs() - start };
}

export async function fetchAnswer(base: string, path: string, headers: Record<string, string> = {}): Promise<CannedAnswer> {
  const response = await fetch(`${base}${path}`, { headers });
  const body = await response.text();
  const carried = Object.fromEntries([...response.headers.entries()].filter(([name]) => !NOT_CARRIED.has(name)));
  return { path, status: response.status, headers: carried, body };
}

export async function load(url: string, headers: Record<string, string>, seconds: number, connections: number, status: number): Promise<Throughput> {
  const idle: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = nowMs();
    await (await fetch(url, { headers })).arrayBuffer();
    idle.push(nowMs() - start);
  }
  const result = await autocannon({ url, headers, connections, duration: seconds, timeout: 30 });
  const expected = result.statusCodeStats[String(status)]?.count ?? 0;
  return {
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    bytesPerSecond: result.throughput.average,
    errors: result.errors,
    timeouts: result.timeouts,
    unexpected: result.requests.total - expected,
    idleMs: idle.sort((a, b) => a - b)[1],
  };
}

export function portOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('message', (port) => (typeof port === 'number' && port > 0 ? resolve(port) : reject(new Error('the bare server did not start'))));
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
}
