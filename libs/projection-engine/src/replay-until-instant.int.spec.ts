import { AppendMetadata, EventStore, RecordedEvent, UpcastingEventStore, UpcasterRegistry } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { ProjectionDefinition } from './projection';
import { replayProjection } from './replay';

const metadata: AppendMetadata = { actor: { id: 'staff-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };

const counter: ProjectionDefinition = {
  name: 'counter',
  version: 1,
  collections: [{ name: 'counts', indexes: [] }],
  handlers: {
    Visited: async (_event, context) => {
      const count = (await context.get<{ id: string; n: number }>('counts', 'all')) ?? { id: 'all', n: 0 };
      context.put('counts', { ...count, n: count.n + 1 });
    },
  },
};

/** The store as the port gives it, counting the events each reader takes from it. */
class CountingEventStore extends UpcastingEventStore {
  eventsRead = 0;
  constructor(inner: EventStore, recordedAtIsMonotonic: boolean) {
    super(inner, new UpcasterRegistry([]));
    Object.defineProperty(this, 'recordedAtIsMonotonic', { value: recordedAtIsMonotonic });
  }
  override readAll(...args: Parameters<EventStore['readAll']>): AsyncIterable<RecordedEvent> {
    return this.counted(super.readAll(...args));
  }
  private async *counted(events: AsyncIterable<RecordedEvent>): AsyncIterable<RecordedEvent> {
    for await (const event of events) {
      this.eventsRead += 1;
      yield event;
    }
  }
}

describe('replay to an instant', () => {
  let events: SqliteEventStore;
  let instant = '';
  const visit = () => events.append('visits', [{ type: 'Visited', data: {} }], { expectedRevision: 'any', metadata });

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    for (let i = 0; i < 3; i++) await visit();
    await new Promise((resolve) => setTimeout(resolve, 5));
    instant = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (let i = 0; i < 2500; i++) await visit();
  });
  afterAll(() => events.close());

  async function replay(store: EventStore) {
    const scratch = new SqliteReadStore({ file: ':memory:' });
    try {
      const { eventsApplied, position } = await replayProjection(store, scratch, counter, { untilRecordedAt: instant });
      return { eventsApplied, position };
    } finally {
      await scratch.close();
    }
  }

  it('stops reading at the first event recorded after it, where recordedAt never decreases along the log', async () => {
    const store = new CountingEventStore(events, true);
    expect(await replay(store)).toEqual({ eventsApplied: 3, position: 3 });
    expect(store.eventsRead).toBe(4);
  });

  it('reads on, leaving later events out, where the store does not promise that order (EventStoreDB)', async () => {
    const store = new CountingEventStore(events, false);
    expect(await replay(store)).toEqual({ eventsApplied: 3, position: 3 });
    expect(store.eventsRead).toBe(2503);
  });
});
