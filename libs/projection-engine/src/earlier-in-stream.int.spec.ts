import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { ProjectionDefinition } from './projection';
import { ProjectionRunner } from './projection-runner';
import { replayProjection } from './replay';
import { viewOf } from './projection-view';

const metadata: AppendMetadata = { actor: { id: 'staff-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };

type Seen = { id: string; earlier: string[] };

/** Writes down, for each event, the types and revisions of its stream's events before it, as the context gave them. */
const historian: ProjectionDefinition = {
  name: 'historian',
  version: 1,
  collections: [{ name: 'seen', indexes: [] }],
  handlers: Object.fromEntries(
    ['Opened', 'Noted', 'Closed'].map((type) => [
      type,
      async (event, context) => {
        const earlier: string[] = [];
        for await (const before of context.earlierInStream()) earlier.push(`${before.streamRevision}:${before.type}:${JSON.stringify(before.data)}`);
        context.put('seen', { id: `${event.streamId}@${event.streamRevision}`, earlier });
      },
    ]),
  ),
};

describe("a handler reading its stream's earlier events", () => {
  let events: SqliteEventStore;

  beforeEach(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    const append = (stream: string, type: string, note: string, expectedRevision: number | 'no_stream') =>
      events.append(stream, [{ type, data: { note } }], { expectedRevision, metadata });
    await append('entry-a', 'Opened', 'a0', 'no_stream');
    await append('entry-b', 'Opened', 'b0', 'no_stream');
    await append('entry-a', 'Noted', 'a1', 0);
    await append('entry-b', 'Closed', 'b1', 0);
    await append('entry-a', 'Closed', 'a2', 1);
  });
  afterEach(() => events.close());

  const expected: Seen[] = [
    { id: 'entry-a@0', earlier: [] },
    { id: 'entry-a@1', earlier: ['0:Opened:{"note":"a0"}'] },
    { id: 'entry-a@2', earlier: ['0:Opened:{"note":"a0"}', '1:Noted:{"note":"a1"}'] },
    { id: 'entry-b@0', earlier: [] },
    { id: 'entry-b@1', earlier: ['0:Opened:{"note":"b0"}'] },
  ];

  const documents = async (found: AsyncIterable<Seen & { _position?: number }>) => {
    const all: Seen[] = [];
    for await (const { id, earlier } of found) all.push({ id, earlier });
    return all;
  };

  it('given a replay, then each event sees exactly the events of its own stream before it, oldest first', async () => {
    const scratch = new SqliteReadStore({ file: ':memory:' });
    const { view } = await replayProjection(events, scratch, historian, {});
    expect(await documents(view.findAll<Seen>('seen'))).toEqual(expected);
    await scratch.close();
  });

  it('given a live run in batches, then each event sees the same, later events of its stream not yet among them', async () => {
    const reads = new SqliteReadStore({ file: ':memory:' });
    for (const collection of historian.collections) await reads.ensureCollection({ ...collection, name: `historian.v1.test.${collection.name}` });
    const start = { slot: 'historian', projection: 'historian', version: 1, generation: 'historian.v1.test', position: 0, updatedAt: new Date().toISOString() };
    await reads.commit({ operations: [], checkpoints: [start], expectGenerations: { historian: null } });
    const runner = new ProjectionRunner({
      events,
      reads,
      definition: historian,
      slot: 'historian',
      generation: 'historian.v1.test',
      version: 1,
      from: 0,
      batchSize: 2,
      onIdle: async () => 'stop',
    });
    expect(await runner.run()).toBe('stopped');
    expect(await documents(viewOf(reads, 'historian.v1.test', runner.position).findAll<Seen>('seen'))).toEqual(expected);
    await reads.close();
  });
});
