import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent, RecordedEvent } from '@era/event-store';
import { contractMetadata } from '@era/event-store/testing';
import { verifyEventStore } from '@era/ledger-integrity';
import { SqliteEventStore } from './sqlite-event-store';

/** An append as large as a big title list's: megabytes of JSON to canonicalise and hash. */
const largeAppend = (events = 200, itemsPerEvent = 250): NewEvent[] =>
  Array.from({ length: events }, (_, e) => ({
    type: 'PackageTitlesAdded',
    data: {
      titles: Array.from({ length: itemsPerEvent }, (_, i) => ({
        key: `id:${e}-${i}`,
        values: { publication_title: `Journal ${e} ${i}`, title_id: `${e}-${i}` },
      })),
    },
  }));

const turnOfTheEventLoop = () => new Promise<'turned'>((resolve) => setImmediate(() => resolve('turned')));

describe('SQLite event store: a large append', () => {
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'era-large-append-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a large append under way, when the process has other work, then that work gets a turn before the append ends', async () => {
    const appending = store.append('title-list-big', largeAppend(), { expectedRevision: 'no_stream', metadata: contractMetadata });
    const first = await Promise.race([appending.then(() => 'appended' as const), turnOfTheEventLoop()]);
    await appending;
    expect(first).toBe('turned');
  });

  it('given a large append under way, when another append to the same stream lands first, then the large one follows it in the hash chain, whole, and the log verifies', async () => {
    const large = store.append('title-list-big', largeAppend(), { expectedRevision: 'any', metadata: contractMetadata });
    await turnOfTheEventLoop();
    const small = await store.append('title-list-big', [{ type: 'TitleListFoundUnchanged', data: {} }], {
      expectedRevision: 'any',
      metadata: contractMetadata,
    });
    const appended = await large;
    expect(small.events[0].streamRevision).toBe(0);
    expect(appended.events[0]).toMatchObject({ streamRevision: 1, previousHash: small.events[0].hash });
    expect(appended.events).toHaveLength(200);
    expect(await verifyEventStore(store)).toMatchObject({ ok: true, eventsChecked: 201, problems: [] });
  });

  it('given a large append under way, when an append to another stream lands first, then the large one is recorded no earlier than it', async () => {
    const large = store.append('title-list-big', largeAppend(), { expectedRevision: 'no_stream', metadata: contractMetadata });
    await turnOfTheEventLoop();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const other = await store.append('desk-inquiry-1', [{ type: 'InquiryRecorded', data: { minutes: 2 } }], {
      expectedRevision: 'no_stream',
      metadata: contractMetadata,
    });
    const appended = await large;
    const recordedAt = (event: RecordedEvent) => Date.parse(event.metadata.recordedAt);
    expect(appended.events[0].globalPosition).toBeGreaterThan(other.events[0].globalPosition);
    expect(recordedAt(appended.events[0])).toBeGreaterThanOrEqual(recordedAt(other.events[0]));
    expect(await verifyEventStore(store)).toMatchObject({ ok: true, problems: [] });
  });

  it('given a large append that conflicts with an append landed meanwhile, then nothing of it is stored', async () => {
    const large = store.append('title-list-big', largeAppend(), { expectedRevision: 'no_stream', metadata: contractMetadata });
    await turnOfTheEventLoop();
    await store.append('title-list-big', [{ type: 'TitleListFoundUnchanged', data: {} }], { expectedRevision: 'no_stream', metadata: contractMetadata });
    await expect(large).rejects.toThrow(/revision|conflict/i);
    expect(await store.eventCount()).toBe(1);
  });
});
