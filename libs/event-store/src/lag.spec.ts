import { EventStore, ReadAllOptions } from './event-store.port';
import { RecordedEvent } from './envelope';
import { countEventsAfter, describeLag } from './lag';

/** A log of events at byte-like positions (as on EventStoreDB), with no count of its own. */
function logAt(positions: number[]): EventStore {
  return {
    async *readAll(options: ReadAllOptions = {}) {
      const after = positions.filter((p) => p > (options.after ?? 0)).slice(0, options.maxCount);
      for (const globalPosition of after) yield { globalPosition } as RecordedEvent;
    },
  } as unknown as EventStore;
}

describe('lag in events', () => {
  it('given positions far apart, when counted after a checkpoint, then the lag is the number of events, not the distance', async () => {
    expect(await countEventsAfter(logAt([1200, 5400, 9800]), 1200)).toEqual({ events: 2, atLeast: false });
  });

  it('given more events than the limit, when counted, then it stops at the limit and says so', async () => {
    const lag = await countEventsAfter(logAt([1, 2, 3, 4, 5]), 0, 3);
    expect(lag).toEqual({ events: 3, atLeast: true });
    expect(describeLag(lag)).toBe('3+');
  });

  it('given the store counts itself, when counted, then its count is used and capped the same way', async () => {
    const store = { ...logAt([]), countEventsAfter: jest.fn(async (_after: number, limit: number) => Math.min(5000, limit)) } as EventStore;
    expect(await countEventsAfter(store, 10, 1000)).toEqual({ events: 1000, atLeast: true });
    expect(store.countEventsAfter).toHaveBeenCalledWith(10, 1001);
  });
});
