import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppendMetadata, EventStore } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { CommitRequest, ReadStore } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { defineProjection, ProjectionDefinition } from './projection';
import { liveView, ProjectionEngine, runRebuild } from './projection-engine';
import { dropGeneration } from './generations';
import { replayProjection } from './replay';

const metadata: AppendMetadata = { actor: { id: 'staff-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };

/** Counts visits per branch: simple enough to compute by hand, stateful enough to expose double application. */
function visitCounter(version = 1, failOn?: { position: number; times: number }): ProjectionDefinition {
  return defineProjection<{ type: 'VisitRecorded'; data: { branch: string } }>({
    name: 'visits',
    version,
    collections: [{ name: 'branches', indexes: ['count'] }],
    handlers: {
      VisitRecorded: async (event, context) => {
        if (failOn && event.globalPosition === failOn.position && failOn.times-- > 0) throw new Error('disk on fire');
        const branch = String(event.data.branch);
        const current = await context.get<{ id: string; count: number }>('branches', branch);
        context.put('branches', { id: branch, count: (current?.count ?? 0) + 1 });
      },
    },
  });
}

async function counts(engine: ProjectionEngine): Promise<Record<string, number>> {
  const view = await engine.view('visits');
  const page = await view.find<{ id: string; count: number }>('branches');
  return Object.fromEntries(page.items.map((b) => [b.id, b.count]));
}

async function visit(events: EventStore, branch: string): Promise<number> {
  return (await events.append(`visit-${randomUUID()}`, [{ type: 'VisitRecorded', data: { branch } }], { expectedRevision: 'no_stream', metadata })).position;
}

describe('projection engine on SQLite', () => {
  let dir: string;
  let events: SqliteEventStore;
  let reads: ReadStore;
  const engines: ProjectionEngine[] = [];
  const engine = (definition: ProjectionDefinition, store: ReadStore = reads) => {
    const created = new ProjectionEngine(events, store, [definition], { batchSize: 3 });
    engines.push(created);
    return created;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'era-engine-'));
    events = new SqliteEventStore({ file: join(dir, 'events.sqlite'), pollIntervalMs: 20 });
    reads = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
  });
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((e) => e.stop()));
    await events.close();
    await reads.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a projection that has not started yet (a projector still booting) as empty at position 0, not as an error', async () => {
    const view = await liveView(reads, 'visits');
    expect(view.position).toBe(0);
    expect((await view.find('branches')).items).toEqual([]);
    expect(await view.get('branches', 'main')).toBeUndefined();
  });

  it('catches up from zero, follows live appends, and lets a writer wait for its own position', async () => {
    for (const branch of ['main', 'main', 'law']) await visit(events, branch);
    const running = engine(visitCounter());
    await running.start();
    const position = await visit(events, 'music');
    expect(await running.waitFor(position, 2000)).toBe(true);
    expect(await counts(running)).toEqual({ main: 2, law: 1, music: 1 });
  });

  it('resumes from its checkpoint after a restart without applying anything twice', async () => {
    const first = engine(visitCounter());
    await first.start();
    for (let i = 0; i < 7; i++) await visit(events, 'main');
    await first.waitFor(await events.headPosition());
    await first.stop();
    for (let i = 0; i < 5; i++) await visit(events, 'law');
    const second = engine(visitCounter());
    await second.start();
    expect(await second.waitFor(await events.headPosition(), 2000)).toBe(true);
    expect(await counts(second)).toEqual({ main: 7, law: 5 });
  });

  it('commits nothing of a batch whose handler failed, and applies it exactly once on restart', async () => {
    for (let i = 0; i < 10; i++) await visit(events, i % 2 ? 'main' : 'law');
    const failing = engine(visitCounter(1, { position: 5, times: 1 }));
    await failing.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [status] = await failing.status();
    expect(status.state).toBe('failed');
    expect(status.error).toMatch(/disk on fire/);
    expect(status.position).toBeLessThan(5);
    const started = Date.now();
    expect(await failing.waitFor(await visit(events, 'law'), 3000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    await failing.stop();
    const healthy = engine(visitCounter());
    await healthy.start();
    await healthy.waitFor(11, 2000);
    expect(await counts(healthy)).toEqual({ main: 5, law: 6 });
  });

  it('rebuilds into a fresh generation on request and swaps it in with identical results', async () => {
    const running = engine(visitCounter());
    await running.start();
    for (let i = 0; i < 20; i++) await visit(events, ['main', 'law', 'music'][i % 3]);
    await running.waitFor(await events.headPosition());
    const before = await counts(running);
    const generationBefore = (await running.status())[0].generation;
    await running.rebuild('visits');
    const [status] = await running.status();
    expect(status.generation).not.toBe(generationBefore);
    expect(status.state).toBe('live');
    expect(await counts(running)).toEqual(before);
    await visit(events, 'main');
    expect(await running.waitFor(await events.headPosition(), 2000)).toBe(true);
    expect(await counts(running)).toEqual({ ...before, main: before.main + 1 });
  });

  it('keeps following when another process swaps a rebuilt generation in and drops the old one', async () => {
    const running = engine(visitCounter());
    await running.start();
    for (let i = 0; i < 5; i++) await visit(events, 'main');
    await running.waitFor(5);
    const old = (await running.status())[0].generation as string;
    // What the CLI does from its own process (its own connection): rebuild, swap, then drop the replaced generation.
    const cli = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
    await runRebuild(events, cli, visitCounter());
    await dropGeneration(cli, old);
    await cli.close();
    const position = await visit(events, 'law');
    expect(await running.waitFor(position, 2000)).toBe(true);
    expect(await counts(running)).toEqual({ main: 5, law: 1 });
    expect((await running.status())[0].state).toBe('live');
  });

  it('applies every event once even when two processes run the same projection', async () => {
    const secondConnection = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
    const first = engine(visitCounter());
    const second = engine(visitCounter(), secondConnection);
    await first.start();
    await second.start();
    const writes: Promise<number>[] = [];
    for (let i = 0; i < 40; i++) writes.push(visit(events, i % 2 ? 'main' : 'law'));
    const last = Math.max(...(await Promise.all(writes)));
    for (let attempt = 0; attempt < 100 && ((await reads.readCheckpoint('visits'))?.position ?? 0) < last; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await counts(first)).toEqual({ main: 20, law: 20 });
    await second.stop();
    await secondConnection.close();
  });

  it('rebuilds by itself when the projection version changes, serving the old generation meanwhile', async () => {
    const v1 = engine(visitCounter(1));
    await v1.start();
    for (let i = 0; i < 9; i++) await visit(events, 'main');
    await v1.waitFor(9);
    await v1.stop();
    const v2 = engine(visitCounter(2));
    await v2.start();
    expect((await counts(v2)).main).toBe(9);
    for (let attempt = 0; attempt < 100 && (await v2.status())[0].servingVersion !== 2; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [status] = await v2.status();
    expect(status).toMatchObject({ servingVersion: 2, state: 'live' });
    expect(await counts(v2)).toEqual({ main: 9 });
  });

  it('replays up to a position or an instant into throwaway storage', async () => {
    await visit(events, 'main');
    const second = await visit(events, 'law');
    await new Promise((resolve) => setTimeout(resolve, 15));
    const cutOff = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 15));
    await visit(events, 'law');
    const scratch = new SqliteReadStore({ file: ':memory:' });
    const byPosition = await replayProjection(events, scratch, visitCounter(), { untilPosition: second });
    expect((await byPosition.view.find<{ id: string; count: number }>('branches')).items.map((b) => [b.id, b.count])).toEqual([
      ['law', 1],
      ['main', 1],
    ]);
    const byTime = await replayProjection(events, scratch, visitCounter(), { untilRecordedAt: cutOff });
    expect(byTime.eventsApplied).toBe(2);
    const everything = await replayProjection(events, scratch, visitCounter(), {});
    expect((await everything.view.get<{ id: string; count: number }>('branches', 'law'))?.count).toBe(2);
    await scratch.close();
  });

  it('where commits are not atomic, re-applies an interrupted batch without double counting', async () => {
    for (let i = 0; i < 6; i++) await visit(events, 'main');
    const crashing = new CrashBeforeCheckpoint(reads);
    const first = engine(visitCounter(), crashing);
    await first.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await first.status())[0].state).toBe('failed');
    await first.stop();
    const second = engine(visitCounter(), new CrashBeforeCheckpoint(reads, Infinity));
    await second.start();
    expect(await second.waitFor(6, 2000)).toBe(true);
    expect(await counts(second)).toEqual({ main: 6 });
  });
});

/**
 * A non-atomic store as MongoDB is: writes the documents, then the checkpoint in a second step. This one dies
 * between the two steps on its first read-model commit after the projection has started.
 */
class CrashBeforeCheckpoint implements ReadStore {
  readonly atomicCommits = false;
  private commits = 0;
  constructor(
    private readonly inner: ReadStore,
    private readonly crashOnCommit = 2,
  ) {}
  ensureCollection = (d: Parameters<ReadStore['ensureCollection']>[0]) => this.inner.ensureCollection(d);
  dropCollection = (n: string) => this.inner.dropCollection(n);
  listCollections = () => this.inner.listCollections();
  get: ReadStore['get'] = (c, id) => this.inner.get(c, id);
  getMany: ReadStore['getMany'] = (c, ids) => this.inner.getMany(c, ids);
  put: ReadStore['put'] = (c, d) => this.inner.put(c, d);
  delete: ReadStore['delete'] = (c, id) => this.inner.delete(c, id);
  find: ReadStore['find'] = (c, q) => this.inner.find(c, q);
  readCheckpoint = (slot: string) => this.inner.readCheckpoint(slot);
  listCheckpoints = () => this.inner.listCheckpoints();
  close = async () => undefined;
  async commit(request: CommitRequest): Promise<void> {
    await this.inner.commit({ operations: request.operations, expectGenerations: request.expectGenerations });
    if (++this.commits === this.crashOnCommit) throw new Error('process killed between documents and checkpoint');
    await this.inner.commit({ operations: [], checkpoints: request.checkpoints, removeCheckpoints: request.removeCheckpoints });
  }
}
