import { AppendMetadata, EventStore } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { ProjectionDefinition } from './projection';
import { replayProjection, ReplayLimit } from './replay';

const metadata: AppendMetadata = { actor: { id: 'staff-1', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };

/** Writes down the order it saw events in: a replay that reorders them shows. */
const orderKeeper: ProjectionDefinition = {
  name: 'order',
  version: 1,
  collections: [{ name: 'seen', indexes: [] }],
  handlers: Object.fromEntries(
    ['Drafted', 'Amended', 'Seeded'].map((type) => [
      type,
      async (event, context) => context.put('seen', { id: String(event.globalPosition).padStart(6, '0'), streamId: event.streamId, type }),
    ]),
  ),
};

async function seen(events: EventStore, limit: ReplayLimit) {
  const scratch = new SqliteReadStore({ file: ':memory:' });
  try {
    const replayed = await replayProjection(events, scratch, orderKeeper, limit);
    const documents: { id: string; streamId: string; type: string }[] = [];
    for await (const document of replayed.view.findAll<{ id: string; streamId: string; type: string }>('seen')) documents.push(document);
    return { position: replayed.position, eventsApplied: replayed.eventsApplied, documents };
  } finally {
    await scratch.close();
  }
}

describe('replaying given streams only', () => {
  let events: SqliteEventStore;
  let middle = 0;

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    const revisions = new Map<string, number>();
    const append = async (streamId: string, type: string) => {
      const revision = revisions.get(streamId);
      const result = await events.append(streamId, [{ type, data: {} }], { expectedRevision: revision ?? 'no_stream', metadata });
      revisions.set(streamId, result.nextExpectedRevision);
      return result.position;
    };
    await append('vocabulary-terms', 'Seeded');
    for (let round = 0; round < 40; round++) {
      await append(`licence-${round % 5}`, round < 5 ? 'Drafted' : 'Amended');
      await append(`desk-inquiry-${round}`, 'InquiryRecorded');
      if (round === 20) middle = await append('licence-0', 'Amended');
    }
  });
  afterAll(() => events.close());

  const streams = ['licence-0', 'licence-1', 'licence-2', 'licence-3', 'licence-4', 'vocabulary-terms'];

  it('applies the same events in the same order as a walk of the log filtered to them', async () => {
    const byStreams = await seen(events, { streams });
    const byFilter = await seen(events, { filter: { streamPrefixes: ['licence-', 'vocabulary-terms'] } });
    expect(byStreams).toEqual(byFilter);
    expect(byStreams.eventsApplied).toBe(42);
  });

  it('stops at a position, and a filter narrows the streams further', async () => {
    const upToMiddle = await seen(events, { streams, untilPosition: middle });
    expect(upToMiddle).toEqual(await seen(events, { filter: { streamPrefixes: ['licence-', 'vocabulary-terms'] }, untilPosition: middle }));
    expect(upToMiddle.position).toBe(middle);
    const drafts = await seen(events, { streams, filter: { eventTypes: ['Drafted'] } });
    expect(drafts.documents.map((document) => document.streamId)).toEqual(['licence-0', 'licence-1', 'licence-2', 'licence-3', 'licence-4']);
  });
});
