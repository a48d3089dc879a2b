import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { CommitRequest } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { defineProjection } from './projection';
import { ProjectionRunner } from './projection-runner';

const EVENTS = 60;
const metadata: AppendMetadata = { actor: { id: 'staff-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };

/** Holds the event loop like a costly handler (synchronous work, as SQLite reads are). */
const busyFor = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};

/** A slow projection: each event keeps the loop ~5 ms (or `busyMs`), then counts, and notes itself in a document of its own. */
const slowCounter = (onEvent: (position: number) => void, busyMs = 5) =>
  defineProjection<{ type: 'Ticked'; data: { n: number } }>({
    name: 'ticks',
    version: 1,
    collections: [{ name: 'counts', indexes: [] }],
    handlers: {
      Ticked: async (event, context) => {
        onEvent(event.globalPosition);
        busyFor(busyMs);
        const current = await context.get<{ id: string; count: number }>('counts', 'all');
        context.put('counts', { id: 'all', count: (current?.count ?? 0) + 1 });
        context.put('counts', { id: `tick-${event.globalPosition}`, count: 1 });
      },
    },
  });

describe('a projection runner catching up on slow handlers', () => {
  let dir: string;
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  const commits: { at: number; position: number; writes: number; ms: number }[] = [];
  /** What each written document costs the commit (the store holding the event loop meanwhile). */
  let commitMsPerWrite = 0;

  beforeEach(async () => {
    commits.length = 0;
    commitMsPerWrite = 0;
    dir = mkdtempSync(join(tmpdir(), 'era-turns-'));
    events = new SqliteEventStore({ file: join(dir, 'events.sqlite'), pollIntervalMs: 20 });
    reads = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
    await events.append(
      'ticks',
      Array.from({ length: 60 }, (_, n) => ({ type: 'Ticked', data: { n } })),
      { expectedRevision: 'no_stream', metadata },
    );
    await reads.ensureCollection({ name: 'ticks.v1.test.counts', indexes: [] });
    const start = { slot: 'ticks', projection: 'ticks', version: 1, generation: 'ticks.v1.test', position: 0, updatedAt: new Date().toISOString() };
    await reads.commit({ operations: [], checkpoints: [start], expectGenerations: { ticks: null } });
    const commit = reads.commit.bind(reads);
    reads.commit = async (request: CommitRequest) => {
      const started = Date.now();
      busyFor(commitMsPerWrite * request.operations.length);
      await commit(request);
      commits.push({ at: Date.now(), position: request.checkpoints?.[0]?.position ?? 0, writes: request.operations.length, ms: Date.now() - started });
    };
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const runUntilCaughtUp = (onEvent: (position: number) => void, timing: { sliceMs?: number; batchMs?: number; commitMs?: number }, busyMs = 5) => {
    const runner = new ProjectionRunner({
      events,
      reads,
      definition: slowCounter(onEvent, busyMs),
      slot: 'ticks',
      generation: 'ticks.v1.test',
      version: 1,
      from: 0,
      batchSize: 1000,
      ...timing,
      onIdle: async () => 'stop',
    });
    return runner.run();
  };

  it('given a batch of ~300 ms of handlers, when a timer is set during it, then the timer fires before the batch commits, and the batch commits once', async () => {
    let timerFiredAt: number | undefined;
    let timerSet = false;
    const outcome = await runUntilCaughtUp(
      () => {
        if (timerSet) return;
        timerSet = true;
        setTimeout(() => (timerFiredAt = Date.now()), 0);
      },
      { sliceMs: 30, batchMs: 60_000, commitMs: 60_000 },
    );
    expect(outcome).toBe('stopped');
    expect(commits.map((commit) => commit.position)).toEqual([60]);
    expect(timerFiredAt).toBeDefined();
    expect(timerFiredAt as number).toBeLessThan(commits[0].at);
    const stored = await reads.get<{ id: string; count: number }>('ticks.v1.test.counts', 'all');
    expect(stored?.count).toBe(60);
  });

  it('given the event loop is kept by handlers, then it never waits much longer than a slice for a turn', async () => {
    const gaps: number[] = [];
    let last = Date.now();
    const ticker = setInterval(() => {
      gaps.push(Date.now() - last);
      last = Date.now();
    }, 1);
    await runUntilCaughtUp(() => undefined, { sliceMs: 30, batchMs: 60_000, commitMs: 60_000 });
    clearInterval(ticker);
    // ~300 ms of handlers in all: without turns the ticker would wait for all of them at once.
    expect(Math.max(...gaps)).toBeLessThan(200);
  });

  it('given more ready events than a batch may take in its time, then it commits several batches, each whole', async () => {
    await runUntilCaughtUp(() => undefined, { sliceMs: 30, batchMs: 60 });
    expect(commits.length).toBeGreaterThan(2);
    expect(commits[commits.length - 1].position).toBe(60);
    const stored = await reads.get<{ id: string; count: number }>('ticks.v1.test.counts', 'all');
    expect(stored?.count).toBe(60);
  });

  it('given commits that cost by the document, then batches shrink so that a commit holds the loop about as long as allowed', async () => {
    commitMsPerWrite = 3;
    await runUntilCaughtUp(() => undefined, { sliceMs: 30, batchMs: 60_000, commitMs: 10 }, 0);
    // The first batch is sized on a guess (~90 ms of commit here); from the third, on what the commits before it took.
    expect(commits.length).toBeGreaterThan(3);
    expect(commits[0].ms).toBeGreaterThan(50);
    expect(commits.slice(2).map((commit) => commit.ms < 40)).not.toContain(false);
    expect(commits[commits.length - 1].position).toBe(EVENTS);
    const stored = await reads.get<{ id: string; count: number }>('ticks.v1.test.counts', 'all');
    expect(stored?.count).toBe(EVENTS);
  });
});
