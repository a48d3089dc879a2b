import { randomUUID } from 'node:crypto';
import {
  AppendMetadata,
  ConcurrencyConflictError,
  countEventsAfter,
  EventStore,
  GENESIS_HASH,
  hashEvent,
  InvalidAppendError,
  NewEvent,
  RecordedEvent,
} from '../index';

export interface EventStoreUnderTest {
  store: EventStore;
  /** Called once after the suite. */
  dispose(): Promise<void>;
}

/** Either a way to get a store, or the reason this environment cannot provide one (printed, then skipped). */
export type EventStoreProvider = { create(): Promise<EventStoreUnderTest> } | { skipReason: string };

export const contractMetadata: AppendMetadata = {
  actor: { id: 'staff-contract', role: 'associate' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
  source: 'api',
};

const event = (type: string, data: Record<string, unknown> = {}): NewEvent => ({ type, data });

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const e of events) all.push(e);
  return all;
}

/** What the suite needs of the verifier (`verifyEventStore` of @era/ledger-integrity, which builds on this port). */
export type HistoryVerifier = (
  store: EventStore,
  options: { streamPrefixes: readonly string[] },
) => Promise<{ ok: boolean; problems: readonly unknown[]; eventsChecked: number }>;

/**
 * The behaviour every event-store adapter must show; run against SQLite always, EventStoreDB where reachable. The
 * verifier is passed in: the integrity checks live above the port, and this suite must not depend on them.
 */
export function describeEventStoreContract(adapterName: string, provider: EventStoreProvider, verify: HistoryVerifier): void {
  if ('skipReason' in provider) {
    describe(`EventStore contract: ${adapterName}`, () => {
      it.skip(`skipped: ${provider.skipReason}`, () => undefined);
    });
    // Printed so that a skipped engine is never mistaken for a passing one.
    console.warn(`[contract] ${adapterName} event-store contract skipped: ${provider.skipReason}`);
    return;
  }

  describe(`EventStore contract: ${adapterName}`, () => {
    let underTest: EventStoreUnderTest;
    let store: EventStore;
    // Every test writes to its own streams, so one server can serve the whole suite.
    const run = randomUUID().replace(/-/g, '').slice(0, 12);
    const stream = (name: string) => `contract${run}-${name}`;

    beforeAll(async () => {
      underTest = await provider.create();
      store = underTest.store;
    }, 120_000);
    afterAll(async () => underTest && (await underTest.dispose()), 60_000);

    describe('append', () => {
      it('records a new stream from revision 0 with a full envelope and a hash chain', async () => {
        const id = stream('new');
        const result = await store.append(id, [event('InquiryRecorded', { minutes: 5 }), event('InquiryVoided', { reason: 'typo' })], {
          expectedRevision: 'no_stream',
          metadata: { ...contractMetadata, reason: 'because' },
        });
        expect(result.nextExpectedRevision).toBe(1);
        const [first, second] = await collect(store.readStream(id));
        expect(result.position).toBe(second.globalPosition);
        expect(first).toMatchObject({
          streamId: id,
          streamRevision: 0,
          type: 'InquiryRecorded',
          schemaVersion: 1,
          data: { minutes: 5 },
          previousHash: GENESIS_HASH,
          metadata: { ...contractMetadata, reason: 'because' },
        });
        expect(Date.parse(first.metadata.recordedAt)).not.toBeNaN();
        expect(first.eventId).toMatch(/^[0-9a-f-]{36}$/);
        expect(second.streamRevision).toBe(1);
        expect(second.previousHash).toBe(first.hash);
        expect(second.globalPosition).toBeGreaterThan(first.globalPosition);
        expect(hashEvent(first)).toBe(first.hash);
        expect(hashEvent(second)).toBe(second.hash);
      });

      it('keeps a caller-given event id and schema version', async () => {
        const id = stream('ids');
        const eventId = randomUUID();
        await store.append(id, [{ eventId, type: 'HeadcountRecorded', schemaVersion: 3, data: { count: 4 } }], {
          expectedRevision: 'any',
          metadata: contractMetadata,
        });
        const [stored] = await collect(store.readStream(id));
        expect(stored).toMatchObject({ eventId, schemaVersion: 3, data: { count: 4 } });
      });

      it("keeps a migrated record's provenance in the metadata, hashed with the event", async () => {
        const id = stream('imported');
        const imported = { system: 'folio', id: 'ff8081816889eb56016889f142d9003b', createdAt: '2019-01-26T11:35:16Z', updatedAt: '2019-01-27T09:00:00Z' };
        await store.append(id, [event('A')], { expectedRevision: 'no_stream', metadata: { ...contractMetadata, source: 'import', imported } });
        const [stored] = await collect(store.readStream(id));
        expect(stored.metadata).toMatchObject({ source: 'import', imported });
        expect(hashEvent(stored)).toBe(stored.hash);
      });

      it('refuses no_stream on an existing stream with the typed conflict, appending nothing', async () => {
        const id = stream('exists');
        await store.append(id, [event('A')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        const attempt = store.append(id, [event('B')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflictError);
        await expect(attempt).rejects.toMatchObject({ streamId: id, actual: 0 });
        expect((await collect(store.readStream(id))).map((e) => e.type)).toEqual(['A']);
      });

      it('refuses stream_exists on a stream that does not exist', async () => {
        const id = stream('missing');
        await expect(store.append(id, [event('A')], { expectedRevision: 'stream_exists', metadata: contractMetadata })).rejects.toBeInstanceOf(
          ConcurrencyConflictError,
        );
        expect(await collect(store.readStream(id))).toEqual([]);
      });

      it('accepts the exact current revision and refuses a stale one', async () => {
        const id = stream('exact');
        await store.append(id, [event('A'), event('B')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        await store.append(id, [event('C')], { expectedRevision: 1, metadata: contractMetadata });
        const stale = store.append(id, [event('D')], { expectedRevision: 1, metadata: contractMetadata });
        await expect(stale).rejects.toMatchObject({ name: 'ConcurrencyConflictError', expected: 1, actual: 2 });
        await store.append(id, [event('E')], { expectedRevision: 'stream_exists', metadata: contractMetadata });
        await store.append(id, [event('F')], { expectedRevision: 'any', metadata: contractMetadata });
        const stored = await collect(store.readStream(id));
        expect(stored.map((e) => `${e.streamRevision}:${e.type}`)).toEqual(['0:A', '1:B', '2:C', '3:E', '4:F']);
        for (let i = 1; i < stored.length; i++) expect(stored[i].previousHash).toBe(stored[i - 1].hash);
      });

      it('lets exactly one of two racing writers with the same expected revision win', async () => {
        const id = stream('race');
        await store.append(id, [event('A')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        const results = await Promise.allSettled(
          ['B', 'C', 'D'].map((type) => store.append(id, [event(type)], { expectedRevision: 0, metadata: contractMetadata })),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
          expect(r.reason).toBeInstanceOf(ConcurrencyConflictError);
        }
        expect(await collect(store.readStream(id))).toHaveLength(2);
      });

      it('refuses an empty batch', async () => {
        await expect(store.append(stream('empty'), [], { expectedRevision: 'any', metadata: contractMetadata })).rejects.toBeInstanceOf(InvalidAppendError);
      });

      it('appends a batch atomically: a refused batch leaves no event behind', async () => {
        const id = stream('atomic');
        await store.append(id, [event('A')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        await expect(store.append(id, [event('B'), event('C'), event('D')], { expectedRevision: 5, metadata: contractMetadata })).rejects.toBeInstanceOf(
          ConcurrencyConflictError,
        );
        expect(await collect(store.readStream(id))).toHaveLength(1);
      });
    });

    describe('event ids', () => {
      const withId = (eventId: string, type: string): NewEvent => ({ eventId, type, data: {} });

      it('refuses an id used twice in one batch, appending nothing', async () => {
        const id = stream('dup-in-batch');
        const eventId = randomUUID();
        await expect(
          store.append(id, [withId(eventId, 'A'), withId(eventId, 'B')], { expectedRevision: 'any', metadata: contractMetadata }),
        ).rejects.toBeInstanceOf(InvalidAppendError);
        expect(await collect(store.readStream(id))).toEqual([]);
      });

      it('refuses an id already stored in another stream exactly when it declares ids unique in the store', async () => {
        const eventId = randomUUID();
        await store.append(stream('id-first'), [withId(eventId, 'A')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        const again = store.append(stream('id-second'), [withId(eventId, 'B')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        if (store.eventIdsAreUniqueInStore) {
          await expect(again).rejects.toBeInstanceOf(InvalidAppendError);
          expect(await collect(store.readStream(stream('id-second')))).toEqual([]);
        } else {
          // Stored again: which is why no reader may key the log on event ids alone.
          await again;
          expect((await collect(store.readStream(stream('id-second')))).map((e) => e.eventId)).toEqual([eventId]);
        }
      });

      it('refuses an id already stored earlier in the same stream exactly when it declares ids unique in the store', async () => {
        const id = stream('id-same-stream');
        const eventId = randomUUID();
        await store.append(id, [withId(eventId, 'A')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        const again = store.append(id, [withId(eventId, 'B')], { expectedRevision: 0, metadata: contractMetadata });
        if (store.eventIdsAreUniqueInStore) {
          await expect(again).rejects.toBeInstanceOf(InvalidAppendError);
          expect((await collect(store.readStream(id))).map((e) => e.type)).toEqual(['A']);
        } else {
          await again;
          expect((await collect(store.readStream(id))).map((e) => `${e.streamRevision}:${e.eventId === eventId}`)).toEqual(['0:true', '1:true']);
        }
      });
    });

    describe('counting events after a position', () => {
      it('counts the events after a position, stopping at the limit', async () => {
        const id = stream('count');
        const before = await store.headPosition();
        await store.append(
          id,
          ['A', 'B', 'C'].map((t) => event(t)),
          { expectedRevision: 'no_stream', metadata: contractMetadata },
        );
        // Other suites may share the server, so more than ours may follow `before`, never fewer.
        expect(await countEventsAfter(store, before, 2)).toEqual({ events: 2, atLeast: true });
        const head = await store.headPosition();
        expect(await countEventsAfter(store, head)).toEqual({ events: 0, atLeast: false });
        const [, second] = await collect(store.readStream(id));
        const fromSecond = await countEventsAfter(store, second.globalPosition, 1000);
        expect(fromSecond.events).toBeGreaterThanOrEqual(1);
      });
    });

    describe('reading a stream', () => {
      const id = stream('read');
      beforeAll(async () => {
        await store.append(
          id,
          ['E0', 'E1', 'E2', 'E3', 'E4'].map((t) => event(t)),
          { expectedRevision: 'no_stream', metadata: contractMetadata },
        );
      });

      it('reads forwards from a revision', async () => {
        expect((await collect(store.readStream(id, { fromRevision: 2 }))).map((e) => e.type)).toEqual(['E2', 'E3', 'E4']);
        expect((await collect(store.readStream(id, { fromRevision: 1, maxCount: 2 }))).map((e) => e.type)).toEqual(['E1', 'E2']);
      });

      it('reads backwards from the end or from a revision', async () => {
        expect((await collect(store.readStream(id, { direction: 'backwards', maxCount: 2 }))).map((e) => e.type)).toEqual(['E4', 'E3']);
        expect((await collect(store.readStream(id, { direction: 'backwards', fromRevision: 1 }))).map((e) => e.type)).toEqual(['E1', 'E0']);
      });

      it('reads nothing from a stream that does not exist', async () => {
        expect(await collect(store.readStream(stream('never')))).toEqual([]);
      });
    });

    describe('the global log', () => {
      it('reads in position order after a position, with type and stream-prefix filters', async () => {
        const before = await store.headPosition();
        const a = stream('globalA');
        const b = stream('globalB');
        await store.append(a, [event('Kept', { n: 1 }), event('Other')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        await store.append(b, [event('Kept', { n: 2 })], { expectedRevision: 'no_stream', metadata: contractMetadata });
        const after = await collect(store.readAll({ after: before, filter: { streamPrefixes: [a, b] } }));
        expect(after.map((e) => `${e.streamId === a ? 'a' : 'b'}:${e.type}`)).toEqual(['a:Kept', 'a:Other', 'b:Kept']);
        for (let i = 1; i < after.length; i++) expect(after[i].globalPosition).toBeGreaterThan(after[i - 1].globalPosition);
        const kept = await collect(store.readAll({ after: before, filter: { eventTypes: ['Kept'], streamPrefixes: [a, b] } }));
        expect(kept.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
        const onlyB = await collect(store.readAll({ after: before, filter: { streamPrefixes: [b] } }));
        expect(onlyB).toHaveLength(1);
        const fromMiddle = await collect(store.readAll({ after: after[0].globalPosition, filter: { streamPrefixes: [a, b] } }));
        expect(fromMiddle.map((e) => e.eventId)).toEqual(after.slice(1).map((e) => e.eventId));
        expect(await store.headPosition()).toBeGreaterThanOrEqual(after[2].globalPosition);
      });

      it('subscribes from a checkpoint: catches up, then receives live events, filtered', async () => {
        const id = stream('live');
        await store.append(id, [event('Old1'), event('Old2')], { expectedRevision: 'no_stream', metadata: contractMetadata });
        const [first] = await collect(store.readStream(id));
        const subscription = store.subscribe({ after: first.globalPosition, filter: { streamPrefixes: [id] } });
        const received: string[] = [];
        const done = (async () => {
          for await (const e of subscription) {
            received.push(e.type);
            if (received.length === 3) break;
          }
        })();
        await store.append(stream('elsewhere'), [event('NotMine')], { expectedRevision: 'any', metadata: contractMetadata });
        await store.append(id, [event('New1'), event('New2')], { expectedRevision: 1, metadata: contractMetadata });
        await done;
        await subscription.close();
        expect(received).toEqual(['Old2', 'New1', 'New2']);
      });
    });

    it('verifies its own history as untampered', async () => {
      const report = await verify(store, { streamPrefixes: [`contract${run}-`] });
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.eventsChecked).toBeGreaterThan(10);
    });
  });
}
