import { StreamHead } from '@era/event-store';
import { contractMetadata } from '@era/event-store/testing';
import { SqliteEventStore } from './sqlite-event-store';

async function collect(heads: AsyncIterable<StreamHead>): Promise<string[]> {
  const ids: string[] = [];
  for await (const head of heads) ids.push(head.streamId);
  return ids;
}

describe('stream heads of the SQLite event store', () => {
  let store: SqliteEventStore;
  const licences = Array.from({ length: 1234 }, (_, n) => `licence-${String(n).padStart(4, '0')}`);
  const others = ['lic', 'licence', 'licencee-1', 'licence.x', 'licencf', 'desk-inquiry-1', 'vocabulary-licence-terms'];
  const unusual = ['licence-', 'licence--', 'licence-.', 'licence-Z', 'licence-_x', 'licence-z:1'];

  beforeAll(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    for (const streamId of [...others, ...licences, ...unusual]) {
      await store.append(streamId, [{ type: 'Noted', data: {} }], { expectedRevision: 'no_stream', metadata: contractMetadata });
    }
    await store.append('licence-0007', [{ type: 'Noted', data: { again: true } }], { expectedRevision: 0, metadata: contractMetadata });
  });
  afterAll(() => store.close());

  it('lists, with a prefix, exactly the streams whose id starts with it, over several pages', async () => {
    const listed = await collect(store.streamHeads({ streamPrefix: 'licence-' }));
    expect(listed.sort()).toEqual([...licences, ...unusual].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('lists every stream without a prefix, as before', async () => {
    expect(await collect(store.streamHeads())).toHaveLength(others.length + licences.length + unusual.length);
  });

  it('answers one stream head: its last revision and hash, or nothing for a stream never written', async () => {
    const last = [];
    for await (const event of store.readStream('licence-0007', { direction: 'backwards', maxCount: 1 })) last.push(event);
    expect(await store.streamHead('licence-0007')).toEqual({ streamId: 'licence-0007', revision: 1, hash: last[0].hash });
    expect(await store.streamHead('licence-none')).toBeUndefined();
  });
});
