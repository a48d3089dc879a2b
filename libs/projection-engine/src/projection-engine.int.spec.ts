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
import { recordProjectionDecision } from './projection-decisions';
import { readProjectionHealth } from './projection-health';
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
    const created = new ProjectionEngine(events, store, [definition], { batchSize: 3, retry: { baseMs: 20, capMs: 100 }, decisionPollMs: 20 });
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

  it('stops only at a poison event, everything before it applied, and moves past it once an operator skips it', async () => {
    for (let i = 0; i < 10; i++) await visit(events, i % 2 ? 'main' : 'law');
    const failing = engine(visitCounter(1, { position: 5, times: Infinity }));
    await failing.start();
    await until(async () => (await failing.status())[0].state === 'poisoned');
    const [status] = await failing.status();
    expect(status.poison).toMatchObject({ position: 5, eventType: 'VisitRecorded', error: 'disk on fire' });
    expect(status.lastError).toBe('disk on fire');
    await until(async () => (await failing.status())[0].position === 4);
    expect(await counts(failing)).toEqual({ main: 2, law: 2 });
    const started = Date.now();
    expect(await failing.waitFor(await visit(events, 'law'), 3000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    await recordProjectionDecision(
      events,
      { type: 'ProjectionEventSkipped', data: { projection: 'visits', version: 1, position: 5, eventType: 'VisitRecorded' } },
      { ...metadata, reason: 'test' },
    );
    await until(async () => (await failing.status())[0].state === 'live');
    // 11 visits less the skipped law visit at 5; the decision itself is position 12.
    expect(await counts(failing)).toEqual({ main: 5, law: 5 });
    expect(await readProjectionHealth(reads, 'visits')).toMatchObject({ state: 'running', retries: 0 });
  });

  it('tries a poison event again when an operator asks, and applies it once it no longer fails', async () => {
    for (let i = 0; i < 6; i++) await visit(events, 'main');
    const failing = engine(visitCounter(1, { position: 3, times: 1 }));
    await failing.start();
    await until(async () => (await failing.status())[0].state === 'poisoned');
    expect((await readProjectionHealth(reads, 'visits'))?.poison?.position).toBe(3);
    await recordProjectionDecision(events, { type: 'ProjectionRetryRequested', data: { projection: 'visits', version: 1, position: 3 } }, metadata);
    await until(async () => (await failing.status())[0].state === 'live');
    expect(await counts(failing)).toEqual({ main: 6 });
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

  it('rebuilds a text-searched read model into a fresh generation, and dropping the old one leaves only the new one listed and searchable', async () => {
    const branchSearch = defineProjection<{ type: 'VisitRecorded'; data: { branch: string } }>({
      name: 'branchsearch',
      version: 1,
      collections: [{ name: 'branches', indexes: [], textFields: ['label'] }],
      handlers: {
        VisitRecorded: (event, context) => context.put('branches', { id: event.data.branch, label: `${event.data.branch} Library (Zürich)` }),
      },
    });
    const running = engine(branchSearch);
    await running.start();
    for (const branch of ['Main', 'Law', 'Music']) await visit(events, branch);
    await running.waitFor(await events.headPosition());
    const search = async (text: string) => (await (await running.view('branchsearch')).find('branches', { text })).items.map((b) => b.id);
    expect(await search('zur lib')).toEqual(['Law', 'Main', 'Music']);
    const old = (await running.status())[0].generation as string;
    const cli = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
    await runRebuild(events, cli, branchSearch);
    await dropGeneration(cli, old);
    await cli.close();
    const current = (await running.status())[0].generation as string;
    expect(current).not.toBe(old);
    // Only the collection is listed, never the FTS tables beside it (the SQLite adapter's tests check that dropping
    // a collection drops those tables): the engine's clean-up of abandoned generations works from this list.
    expect((await reads.listCollections()).filter((name) => name.startsWith('branchsearch.'))).toEqual([`${current}.branches`]);
    expect(await search('mus')).toEqual(['Music']);
    expect(await search('zurich law')).toEqual(['Law']);
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

  it('where commits are not atomic, retries an interrupted batch by itself without double counting', async () => {
    for (let i = 0; i < 6; i++) await visit(events, 'main');
    const crashing = new CrashBeforeCheckpoint(reads);
    const first = engine(visitCounter(), crashing);
    await first.start();
    await until(async () => (await first.status())[0].position === 6);
    expect(await counts(first)).toEqual({ main: 6 });
    expect((await first.status())[0]).toMatchObject({ state: 'live', retries: 0 });
  });

  it('says it is retrying, since when and why, while the read store fails, and resumes by itself', async () => {
    await visit(events, 'main');
    const flaky = new FailingCommits(reads);
    const running = engine(visitCounter(), flaky);
    await running.start();
    await until(async () => (await running.status())[0].position === 1);
    flaky.failing = true;
    const position = await visit(events, 'law');
    await until(async () => (await running.status())[0].retries >= 2);
    const [status] = await running.status();
    expect(status).toMatchObject({ state: 'retrying', lastError: 'database is locked (SQLITE_BUSY)', position: 1, lag: 1 });
    expect(Date.parse(status.failingSince ?? '')).toBeLessThanOrEqual(Date.now());
    flaky.failing = false;
    await until(async () => (await running.status())[0].position === position);
    expect(await counts(running)).toEqual({ main: 1, law: 1 });
    expect((await running.status())[0]).toMatchObject({ state: 'live', retries: 0 });
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Passes everything to the real store: the stores below change only how they commit. */
class DelegatingReadStore implements ReadStore {
  readonly atomicCommits: boolean = true;
  constructor(protected readonly inner: ReadStore) {}
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
  commit(request: CommitRequest): Promise<void> {
    return this.inner.commit(request);
  }
}

/** A read store whose read-model commits fail as a locked SQLite file does, while `failing`. */
class FailingCommits extends DelegatingReadStore {
  failing = false;
  override async commit(request: CommitRequest): Promise<void> {
    if (this.failing && request.operations.length > 0) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    await this.inner.commit(request);
  }
}

/**
 * A non-atomic store as MongoDB is: writes the documents, then the checkpoint in a second step. This one dies
 * between the two steps on its first read-model commit after the projection has started.
 */
class CrashBeforeCheckpoint extends DelegatingReadStore {
  override readonly atomicCommits = false;
  private commits = 0;
  constructor(
    inner: ReadStore,
    private readonly crashOnCommit = 2,
  ) {
    super(inner);
  }
  override async commit(request: CommitRequest): Promise<void> {
    await this.inner.commit({ operations: request.operations, expectGenerations: request.expectGenerations });
    if (++this.commits === this.crashOnCommit) throw new Error('process killed between documents and checkpoint');
    await this.inner.commit({ operations: [], checkpoints: request.checkpoints, removeCheckpoints: request.removeCheckpoints });
  }
}
