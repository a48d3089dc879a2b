import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, DecisionContext, Decider, DomainEvent } from '@era/decider';
import { AppendMetadata, ConcurrencyConflictError, EventStore, RecordedEvent } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { handleCommand } from './handle-command';
import { loadState } from './load-state';

/** A register of names, each recorded once: recording a name already there is a repeat, decided as nothing. */
type RecordName = Command<'RecordName', { name: string }>;
type NameRecorded = DomainEvent<'NameRecorded', { name: string }>;
const register: Decider<RecordName, ReadonlySet<string>, NameRecorded> = {
  initialState: new Set(),
  decide: (command, names) => (names.has(command.data.name) ? [] : [{ type: 'NameRecorded', data: { name: command.data.name } }]),
  evolve: (names, event) => new Set([...names, event.data.name]),
};

const STREAM = 'register-1';
const metadata: AppendMetadata = {
  actor: { id: 's-librarian', role: 'librarian' },
  reason: 'catalogue',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  source: 'api',
};
const context = (): DecisionContext => ({ now: new Date('2026-03-02T10:00:00Z') });
const recordName = (name: string): RecordName => ({ type: 'RecordName', data: { name } });

/** The store, with another writer's append run just before each of ours reaches it (the attempts are counted). */
function interleaved(inner: EventStore, otherWriter: (attempt: number) => Promise<unknown>): EventStore & { appendAttempts: number } {
  const store: EventStore & { appendAttempts: number } = {
    appendAttempts: 0,
    positionsAreContiguous: inner.positionsAreContiguous,
    append: async (streamId, events, options) => {
      store.appendAttempts += 1;
      await otherWriter(store.appendAttempts);
      return inner.append(streamId, events, options);
    },
    readStream: (streamId, options) => inner.readStream(streamId, options),
    readAll: (options) => inner.readAll(options),
    subscribe: (options) => inner.subscribe(options),
    headPosition: () => inner.headPosition(),
    close: () => inner.close(),
  };
  return store;
}

describe('handleCommand on a real SQLite event store', () => {
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'era-command-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function stored(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(STREAM)) events.push(event);
    return events;
  }

  /** Another writer recording a name in the same stream, whatever it read last. */
  const otherWriterRecords = (name: string) =>
    store.append(STREAM, [{ type: 'NameRecorded', data: { name } }], { expectedRevision: 'any', metadata: { ...metadata, correlationId: 'other' } });

  it('appends the decided events with the metadata given, and answers where they landed', async () => {
    const outcome = await handleCommand(store, STREAM, register, recordName('ada'), { metadata, context });
    expect(outcome).toEqual({ revision: 0, position: 1, appended: true, events: [{ type: 'NameRecorded', data: { name: 'ada' } }], state: new Set(['ada']) });
    const [event] = await stored();
    expect(event).toMatchObject({ streamRevision: 0, globalPosition: 1, type: 'NameRecorded', data: { name: 'ada' } });
    expect(event.metadata).toEqual({ ...metadata, recordedAt: expect.any(String) });
  });

  it('appends nothing for a repeat the decider decides as nothing, answering the stream as it stands', async () => {
    await handleCommand(store, STREAM, register, recordName('ada'), { metadata, context });
    const repeat = await handleCommand(store, STREAM, register, recordName('ada'), { metadata, context });
    expect(repeat).toEqual({ revision: 0, position: 1, appended: false, events: [], state: new Set(['ada']) });
    expect(await store.headPosition()).toBe(1);
  });

  it('decides again when another writer appended between the load and the append, and appends on the new state', async () => {
    await handleCommand(store, STREAM, register, recordName('ada'), { metadata, context });
    const racing = interleaved(store, (attempt) => (attempt === 1 ? otherWriterRecords('grace') : Promise.resolve()));
    const outcome = await handleCommand(racing, STREAM, register, recordName('alan'), { metadata, context });
    expect(racing.appendAttempts).toBe(2);
    expect(outcome).toMatchObject({ revision: 2, position: 3, appended: true, state: new Set(['ada', 'grace', 'alan']) });
    expect((await stored()).map((event) => event.data.name)).toEqual(['ada', 'grace', 'alan']);
  });

  it('answers appended: false when the other writer recorded the same thing first, and the new decision is a repeat', async () => {
    const racing = interleaved(store, (attempt) => (attempt === 1 ? otherWriterRecords('ada') : Promise.resolve()));
    const outcome = await handleCommand(racing, STREAM, register, recordName('ada'), { metadata, context });
    expect(racing.appendAttempts).toBe(1);
    expect(outcome).toEqual({ revision: 0, position: 1, appended: false, events: [], state: new Set(['ada']) });
    expect(await stored()).toEqual([expect.objectContaining({ data: { name: 'ada' }, metadata: expect.objectContaining({ correlationId: 'other' }) })]);
  });

  it('decides on the state the caller loaded for its check, and appends after the revision it was loaded at', async () => {
    await handleCommand(store, STREAM, register, recordName('ada'), { metadata, context });
    const loaded = await loadState(store, STREAM, register);
    const outcome = await handleCommand(store, STREAM, register, recordName('alan'), { metadata, context, loaded });
    expect(outcome).toMatchObject({ revision: 1, appended: true, state: new Set(['ada', 'alan']) });
    expect((await stored()).map((event) => event.data.name)).toEqual(['ada', 'alan']);
  });

  it('decides again on the stream as it stands when another writer appended after the caller loaded the state it gives', async () => {
    await handleCommand(store, STREAM, register, recordName('ada'), { metadata, context });
    const loaded = await loadState(store, STREAM, register);
    await otherWriterRecords('alan');
    const outcome = await handleCommand(store, STREAM, register, recordName('alan'), { metadata, context, loaded });
    expect(outcome).toMatchObject({ revision: 1, appended: false, events: [] });
    expect((await stored()).map((event) => event.data.name)).toEqual(['ada', 'alan']);
  });

  it("refuses a client's stale expected revision at once as a conflict, appending nothing", async () => {
    await handleCommand(store, STREAM, register, recordName('ada'), { metadata, context });
    const watched = interleaved(store, () => Promise.resolve());
    const stale = handleCommand(watched, STREAM, register, recordName('alan'), { metadata, context, expectedRevision: 3 });
    await expect(stale).rejects.toThrow(new ConcurrencyConflictError(STREAM, 3, 0));
    expect(watched.appendAttempts).toBe(0);
    expect(await store.headPosition()).toBe(1);
  });

  it("does not decide again when the client's expected revision was current at the load but another writer got in first", async () => {
    await handleCommand(store, STREAM, register, recordName('ada'), { metadata, context });
    const racing = interleaved(store, (attempt) => (attempt === 1 ? otherWriterRecords('grace') : Promise.resolve()));
    const overtaken = handleCommand(racing, STREAM, register, recordName('alan'), { metadata, context, expectedRevision: 0 });
    await expect(overtaken).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(racing.appendAttempts).toBe(1);
    expect((await stored()).map((event) => event.data.name)).toEqual(['ada', 'grace']);
  });

  it('gives up after maxAttempts when another writer gets in before every attempt', async () => {
    const busy = interleaved(store, (attempt) => otherWriterRecords(`other-${attempt}`));
    const outcome = handleCommand(busy, STREAM, register, recordName('alan'), { metadata, context, maxAttempts: 4 });
    await expect(outcome).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(busy.appendAttempts).toBe(4);
    expect((await stored()).map((event) => event.data.name)).toEqual(['other-1', 'other-2', 'other-3', 'other-4']);
  });
});
