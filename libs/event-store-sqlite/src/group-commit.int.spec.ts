import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyConflictError, InvalidAppendError } from '@era/event-store';
import { contractMetadata } from '@era/event-store/testing';
import { verifyEventStore } from '@era/ledger-integrity';
import { SqliteEventStore } from './sqlite-event-store';

/** Group commit: concurrent appends share a transaction and its fsync, each checked and refused on its own. */
describe('SQLite event store: group commit', () => {
  let dir: string;
  let store: SqliteEventStore;
  const metadata = contractMetadata;
  const recorded = (n: number) => [{ type: 'InquiryRecorded', data: { minutes: n } }];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'era-group-commit-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given 64 writers appending at once to their own streams, then every append is stored, in far fewer commits', async () => {
    const results = await Promise.all(
      Array.from({ length: 64 }, (_, n) => store.append(`desk-inquiry-${n}`, recorded(n), { expectedRevision: 'no_stream', metadata })),
    );
    expect(new Set(results.map((result) => result.position)).size).toBe(64);
    expect(await store.headPosition()).toBe(64);
    expect(store.groupCommitCounts().appends).toBe(64);
    expect(store.groupCommitCounts().commits).toBeLessThan(8);
    expect((await verifyEventStore(store)).ok).toBe(true);
  });

  it('given a batch where one append expects the wrong revision, then it alone is refused and the others are stored', async () => {
    await store.append('desk-inquiry-a', recorded(1), { expectedRevision: 'no_stream', metadata });
    const [first, stale, last] = await Promise.allSettled([
      store.append('desk-inquiry-b', recorded(2), { expectedRevision: 'no_stream', metadata }),
      store.append('desk-inquiry-a', recorded(3), { expectedRevision: 'no_stream', metadata }),
      store.append('desk-inquiry-c', recorded(4), { expectedRevision: 'no_stream', metadata }),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(stale.status === 'rejected' && stale.reason).toBeInstanceOf(ConcurrencyConflictError);
    expect(last.status).toBe('fulfilled');
    expect(await store.headPosition()).toBe(3);
  });

  it('given two appends creating the same stream in one batch, then the first is stored and the second refused as a conflict', async () => {
    const [winner, loser] = await Promise.allSettled([
      store.append('desk-inquiry-x', recorded(1), { expectedRevision: 'no_stream', metadata }),
      store.append('desk-inquiry-x', recorded(2), { expectedRevision: 'no_stream', metadata }),
    ]);
    expect(winner.status).toBe('fulfilled');
    expect(loser.status === 'rejected' && loser.reason).toBeInstanceOf(ConcurrencyConflictError);
    const events = [];
    for await (const event of store.readStream('desk-inquiry-x')) events.push(event.data);
    expect(events).toEqual([{ minutes: 1 }]);
  });

  it('given a batch where one append repeats a stored event id, then it alone is refused, with nothing of it stored', async () => {
    await store.append('desk-inquiry-a', [{ ...recorded(1)[0], eventId: '00000000-0000-4000-8000-000000000001' }], { expectedRevision: 'no_stream', metadata });
    const [repeated, other] = await Promise.allSettled([
      store.append('desk-inquiry-b', [...recorded(2), { ...recorded(3)[0], eventId: '00000000-0000-4000-8000-000000000001' }], {
        expectedRevision: 'no_stream',
        metadata,
      }),
      store.append('desk-inquiry-c', recorded(4), { expectedRevision: 'no_stream', metadata }),
    ]);
    expect(repeated.status === 'rejected' && repeated.reason).toBeInstanceOf(InvalidAppendError);
    expect(other.status).toBe('fulfilled');
    expect(await store.headPosition()).toBe(2);
    expect((await verifyEventStore(store)).ok).toBe(true);
  });

  it('given appends waiting for their commit when the store is closed, then they are committed first', async () => {
    const waiting = store.append('desk-inquiry-a', recorded(1), { expectedRevision: 'no_stream', metadata });
    // Microtasks only: the append finishes preparing and waits for its commit, which a later turn of the event loop makes.
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect(store.groupCommitCounts().commits).toBe(0);
    await store.close();
    await expect(waiting).resolves.toMatchObject({ position: 1 });
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    expect(await store.headPosition()).toBe(1);
  });
});
