import { readStreamsMerged, RecordedEvent } from '@era/event-store';
import { contractMetadata } from '@era/event-store/testing';
import { SqliteEventStore } from './sqlite-event-store';

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe('readStreamsMerged on the SQLite event store', () => {
  let store: SqliteEventStore;
  const revisions = new Map<string, number>();
  const append = async (streamId: string, count: number) => {
    const revision = revisions.get(streamId) ?? -1;
    const events = Array.from({ length: count }, (_, n) => ({ type: 'Noted', data: { n: revision + 1 + n } }));
    const result = await store.append(streamId, events, { expectedRevision: revision < 0 ? 'no_stream' : revision, metadata: contractMetadata });
    revisions.set(streamId, result.nextExpectedRevision);
  };

  beforeAll(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    // Two long streams (more than one page each) interleaved in uneven batches, with other streams in between.
    for (let round = 0; round < 250; round++) {
      await append('licence-a', 7);
      await append(`desk-inquiry-${round}`, 1);
      await append('licence-b', 11);
      if (round % 50 === 0) await append('vocabulary-licence-terms', 1);
    }
  });
  afterAll(() => store.close());

  it('yields exactly what readAll yields for those streams, in the same order', async () => {
    const streams = ['licence-b', 'vocabulary-licence-terms', 'licence-a'];
    const merged = await collect(readStreamsMerged(store, streams));
    const walked = (await collect(store.readAll())).filter((event) => streams.includes(event.streamId));
    expect(merged).toHaveLength(250 * 18 + 5);
    expect(merged).toEqual(walked);
  });

  it('reads nothing for a stream that does not exist and stops cleanly part-way', async () => {
    expect(await collect(readStreamsMerged(store, ['licence-none']))).toEqual([]);
    let read = 0;
    for await (const _event of readStreamsMerged(store, ['licence-a', 'licence-b'])) if (++read === 1500) break;
    // The connection is free again: appends and reads go on.
    await append('licence-a', 1);
    expect((await collect(readStreamsMerged(store, ['licence-a']))).at(-1)?.data).toEqual({ n: 250 * 7 });
  });
});
