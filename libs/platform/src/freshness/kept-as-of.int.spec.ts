import { AppendMetadata, EventStore } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { defineProjection, ProjectionEngine, runRebuild } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { AppConfig } from '../config/app-config';
import { loadWholeLogConfig } from '../config/whole-log-config';
import { WholeLogQueue } from '../whole-log/whole-log-queue';
import { KeptAsOfReads } from './kept-as-of';
import { ReadYourWrites } from './read-your-writes';

const metadata: AppendMetadata = { actor: { id: 'desk-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };
const counting = (version: number) => defineProjection<{ type: 'Counted'; data: { n: number } }>({ name: 'counts', version, collections: [], handlers: {} });

/** When the live model answers as of a point, and when only a replay can (the caller then replays). */
describe('KeptAsOfReads (real SQLite)', () => {
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  const recordedAt: string[] = [];

  const keptOn = (store: EventStore) =>
    new KeptAsOfReads(
      store,
      reads,
      new ReadYourWrites({ mode: 'api', readYourWritesTimeoutMs: 30 } as AppConfig, new ProjectionEngine(store, reads, []), reads, store),
      new WholeLogQueue({ wholeLog: loadWholeLogConfig({}) } as AppConfig),
    );

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    reads = new SqliteReadStore({ file: ':memory:' });
    for (let n = 1; n <= 5; n++) {
      const { events: stored } = await events.append(`count-${n}`, [{ type: 'Counted', data: { n } }], { expectedRevision: 'no_stream', metadata });
      recordedAt.push(stored[0].metadata.recordedAt);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await runRebuild(events, reads, counting(2));
  });
  afterAll(async () => {
    await events.close();
    await reads.close();
  });

  it('reads the live model at the position a replay up to the point would end at', async () => {
    const kept = keptOn(events);
    expect((await kept.at(counting(2), { untilPosition: 3 }))?.position).toBe(3);
    expect((await kept.at(counting(2), { untilPosition: 99 }))?.position).toBe(5);
    expect((await kept.at(counting(2), { untilRecordedAt: recordedAt[1] }))?.position).toBe(2);
    expect((await kept.at(counting(2), { untilRecordedAt: '2000-01-01T00:00:00Z' }))?.position).toBe(0);
    expect((await kept.at(counting(2), { untilPosition: 4, untilRecordedAt: recordedAt[2] }))?.position).toBe(3);
  });

  it('leaves it to a replay when the model in service is of another version (a rebuild still running)', async () => {
    expect(await keptOn(events).at(counting(3), { untilPosition: 3 })).toBeUndefined();
  });

  it('leaves it to a replay when the model has not projected that far', async () => {
    await events.append('count-6', [{ type: 'Counted', data: { n: 6 } }], { expectedRevision: 'no_stream', metadata });
    expect(await keptOn(events).at(counting(2), { untilPosition: 6 })).toBeUndefined();
    expect((await keptOn(events).at(counting(2), { untilPosition: 5 }))?.position).toBe(5);
  });

  it('leaves it to a replay when the log cannot say where a replay would end (positions with gaps, clocks out of order)', async () => {
    const gappy = Object.assign(Object.create(events) as SqliteEventStore, { positionsAreContiguous: false });
    expect(await keptOn(gappy).at(counting(2), { untilPosition: 3 })).toBeUndefined();
    const unordered = Object.assign(Object.create(events) as SqliteEventStore, { recordedAtIsMonotonic: false });
    expect(await keptOn(unordered).at(counting(2), { untilRecordedAt: recordedAt[1] })).toBeUndefined();
    expect((await keptOn(unordered).at(counting(2), { untilPosition: 2 }))?.position).toBe(2);
  });
});
