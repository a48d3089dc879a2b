import { ChildProcess, execFile, fork } from 'node:child_process';
import { promisify } from 'node:util';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fetchAnswer, load, portOf, Throughput } from './a-z-http';
import { CannedAnswer } from './bare-server';
import { generateLog } from './generate-log';
import { startCaughtUpApi, stopChild } from './responsiveness';
import { nowMs } from './timing';

/** Any staff role may read the desk's figures; the bench reads them as the head of the desk, as desk-day.ts does. */
const STAFF = { Authorization: 'Bearer dev-desk-head-token' };
/** A year of the generated log (it spans September 2023 to August 2025), by month and location. */
const STATISTICS = '/desk/statistics?from=2024-01-01&to=2024-12-31&groupBy=month,location';
/** The newest 50 inquiries of the same year: a full page (the default period, today, holds none of the generated log). */
const INQUIRIES = '/desk/inquiries?from=2024-01-01&to=2024-12-31&limit=50';
/** The goal of issue 13: the API at least half as fast as a bare node:http server sending the same bytes. */
export const DESK_READS_GOAL = 0.5;

export interface DeskReadCase {
  label: string;
  /** 200, or 304 for the conditional request. */
  status: number;
  bytes: number;
  api: Throughput;
  /** The bare server sending the same bytes; the through-Nest case is compared with its 200's bare figure. */
  bare: Throughput;
}

export interface DeskReadsOnLog {
  events: number;
  catchUpSeconds: number;
  /** The API's first answer to each (built by Nest, then kept), in ms. */
  firstMs: { statistics: number; inquiries: number };
  cases: DeskReadCase[];
  loadAverage: { before: number[]; after: number[] };
}

export interface DeskHttpReadsFigures {
  connections: number;
  seconds: number;
  logs: DeskReadsOnLog[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 13: the desk reads over HTTP against a bare node:http server sending the same bytes. On a generated
 * 5,000-event desk log of its own, then on the bench's big log in `dir` (its read models already caught up by the
 * responsiveness step when that ran).
 */
export async function measureDeskHttpReads(dir: string, seconds: number, connections: number): Promise<DeskHttpReadsFigures> {
  const smallDir = join(dir, 'desk-reads-5k');
  mkdirSync(smallDir);
  const small = await generateLog(join(smallDir, 'events.sqlite'), 5000);
  const logs: DeskReadsOnLog[] = [];
  for (const [label, dataDir, events] of [
    ['5,000-event desk log', smallDir, small.events],
    ["the bench's desk log", dir, undefined],
  ] as const) {
    console.log(`  ${label}:`);
    // The big log's read models are built first as an operator would (`era projections rebuild`, large commits):
    // the API's own catch-up, in small serving batches, would take most of an hour on a million events.
    if (events === undefined) await rebuildReadModels(dataDir);
    logs.push(await measureOnLog(dataDir, events, seconds, connections));
    // Printed as each log is done: the big log's catch-up alone may take many minutes.
    console.log(describeDeskReadsOnLog(logs[logs.length - 1]));
  }
  return { connections, seconds, logs };
}

/** `era projections rebuild` of every projection on the log in `dataDir`, into the API's read-model file. */
async function rebuildReadModels(dataDir: string): Promise<void> {
  const cli = join(__dirname, '..', '..', 'cli', 'src', 'main.js');
  const started = nowMs();
  for (const { name } of ALL_PROJECTIONS) {
    await promisify(execFile)(process.execPath, [cli, 'projections', 'rebuild', name, '--drop-replaced'], {
      env: { ...process.env, DATA_DIR: dataDir, READ_MODELS_FILE: 'api-read-models.sqlite', LIBRARY_TIMEZONE: 'UTC' },
      maxBuffer: 16 * 1024 * 1024,
    });
  }
  console.log(`    read models of ${ALL_PROJECTIONS.length} projections rebuilt by the CLI in ${((nowMs() - started) / 1000).toFixed(1)} s`);
}

/**
 * Starts the built API on the log in `dataDir`, fetches each read once (Nest builds and keeps it), then loads, for
 * each, the API with and without If-None-Match and through Nest (`Cache-Control: no-cache`, which the kept path leaves
 * to Nest), and a bare server (a child of its own) answering with the same bytes and headers.
 */
async function measureOnLog(dataDir: string, events: number | undefined, seconds: number, connections: number): Promise<DeskReadsOnLog> {
  const { api, base, catchUpSeconds } = await startCaughtUpApi(dataDir);
  let bare: ChildProcess | undefined;
  try {
    const first = async (path: string) => {
      const start = nowMs();
      const answer = await fetchAnswer(base, path, STAFF);
      if (answer.status !== 200 || !answer.headers.etag) throw new Error(`GET ${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
      return { answer, ms: nowMs() - start };
    };
    const statistics = await first(STATISTICS);
    const inquiries = await first(INQUIRIES);
    const headPosition = Number((await fetch(`${base}${STATISTICS}`, { headers: STAFF })).headers.get('x-projection-position'));

    const answersFile = join(dataDir, 'bare-desk-answers.json');
    writeFileSync(answersFile, JSON.stringify([statistics.answer, inquiries.answer] satisfies CannedAnswer[]));
    bare = fork(join(__dirname, 'bare-server.js'), [answersFile], { execArgv: [] });
    const bareBase = `http://127.0.0.1:${await portOf(bare)}`;

    const loadBefore = loadavg();
    const cases: DeskReadCase[] = [];
    const run = async (label: string, path: string, headers: Record<string, string>, status: number, bytes: number, bareOf?: Throughput) => {
      console.log(`    ${label}: API${bareOf ? '' : ', then bare node:http'}, ${seconds} s each`);
      const apiFigures = await load(`${base}${path}`, { ...STAFF, ...headers }, seconds, connections, status);
      // Requests still in the API when autocannon stops would compete with the bare server for the CPU: let them finish.
      await pause(1000);
      const bareFigures = bareOf ?? (await load(`${bareBase}${path}`, { ...STAFF, ...headers }, seconds, connections, status));
      cases.push({ label, status, bytes, api: apiFigures, bare: bareFigures });
      return bareFigures;
    };
    const reads = [
      ['GET /desk/statistics (2024 by month and location)', STATISTICS, statistics],
      ['GET /desk/inquiries?limit=50 (2024)', INQUIRIES, inquiries],
    ] as const;
    const bare200s: Throughput[] = [];
    for (const [name, path, { answer }] of reads) {
      bare200s.push(await run(name, path, {}, 200, Buffer.byteLength(answer.body)));
      await run(`${name}, If-None-Match (304)`, path, { 'If-None-Match': answer.headers.etag }, 304, 0);
    }
    // Through Nest last, the cheap one first: on a big log a year's statistics take seconds each, and the requests
    // still being built when the load stops would hold the API back in whatever is measured after them.
    for (const index of [1, 0]) {
      const [name, path, { answer }] = reads[index];
      await run(`${name}, through Nest (Cache-Control: no-cache)`, path, { 'Cache-Control': 'no-cache' }, 200, Buffer.byteLength(answer.body), bare200s[index]);
    }
    return {
      events: events ?? headPosition,
      catchUpSeconds,
      firstMs: { statistics: statistics.ms, inquiries: inquiries.ms },
      cases,
      loadAverage: { before: loadBefore, after: loadavg() },
    };
  } finally {
    await Promise.all([stopChild(api), bare ? stopChild(bare) : Promise.resolve()]);
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(2)} ms`;
export const ratioOf = (c: DeskReadCase) => c.api.requestsPerSecond / c.bare.requestsPerSecond;
export const isKept = (c: DeskReadCase) => !c.label.includes('through Nest');
const flaws = (t: Throughput) => `${t.errors ? `, ${t.errors} connection errors` : ''}${t.unexpected ? `, ${t.unexpected} unexpected status` : ''}`;

function describeDeskReadsOnLog(log: DeskReadsOnLog): string {
  return [
    `  ${int(log.events)}-event log: API caught up in ${log.catchUpSeconds.toFixed(1)} s; first answers (built by Nest) ${ms(log.firstMs.statistics)} (statistics), ${ms(log.firstMs.inquiries)} (inquiries)`,
    ...log.cases.map(
      (c) =>
        `    ${c.label} (${c.status}, ${int(c.bytes)} B): API ${int(c.api.requestsPerSecond)} req/s, p50 ${ms(c.api.p50Ms)}, p99 ${ms(c.api.p99Ms)}${flaws(c.api)}; ` +
        `bare ${int(c.bare.requestsPerSecond)} req/s, p50 ${ms(c.bare.p50Ms)}, p99 ${ms(c.bare.p99Ms)}; API/bare ${ratioOf(c).toFixed(3)}` +
        (isKept(c) ? ` (goal ≥ ${DESK_READS_GOAL})` : ''),
    ),
    `    load average before ${log.loadAverage.before.map((n) => n.toFixed(2)).join(' ')}, after ${log.loadAverage.after.map((n) => n.toFixed(2)).join(' ')} (the machine is shared)`,
  ].join('\n');
}

/** Rows of the closing table: one per read and log, kept (200 and 304) against bare, and the through-Nest figure beside them. */
export function deskHttpReadsRows(f: DeskHttpReadsFigures): [string, string, string][] {
  return f.logs.flatMap((log) =>
    log.cases.map((c): [string, string, string] => [
      `${c.label}, ${int(log.events)}-event log, ${f.connections} connections`,
      `${int(c.api.requestsPerSecond)} req/s`,
      `API/bare ${ratioOf(c).toFixed(2)}${isKept(c) ? ` (goal ≥ ${DESK_READS_GOAL})` : ''} (bare ${int(c.bare.requestsPerSecond)} req/s); ` +
        `p50 ${ms(c.api.p50Ms)} / ${ms(c.bare.p50Ms)}, p99 ${ms(c.api.p99Ms)} / ${ms(c.bare.p99Ms)} (API / bare); ${int(c.bytes)} B`,
    ]),
  );
}

/** Every answer had the expected status (the ratios are figures of a shared machine, reported, not failed). */
export function deskHttpReadsCheck(f: DeskHttpReadsFigures): string {
  const unexpected = f.logs.flatMap((log) => log.cases).reduce((sum, c) => sum + c.api.unexpected, 0);
  const lowest = Math.min(...f.logs.flatMap((log) => log.cases.filter(isKept)).map(ratioOf));
  return `${unexpected === 0 ? 'OK' : 'FAILED'}: ${unexpected} unexpected status; lowest kept API/bare ${lowest.toFixed(2)} (goal ≥ ${DESK_READS_GOAL})`;
}
