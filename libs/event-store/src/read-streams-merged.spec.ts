import { RecordedEvent } from './envelope';
import { EventStore } from './event-store.port';
import { readStreamsMerged } from './read-streams-merged';

/** A store of streams given as their events' global positions, recording which reads were opened and closed. */
function storeOf(streams: Record<string, number[]>) {
  const opened: string[] = [];
  const closed: string[] = [];
  const store: Pick<EventStore, 'readStream'> = {
    async *readStream(streamId) {
      opened.push(streamId);
      try {
        for (const [revision, globalPosition] of (streams[streamId] ?? []).entries()) {
          yield { streamId, streamRevision: revision, globalPosition } as RecordedEvent;
        }
      } finally {
        closed.push(streamId);
      }
    },
  };
  return { store, opened, closed };
}

async function positionsOf(events: AsyncIterable<RecordedEvent>, stopAfter = Infinity): Promise<[string, number][]> {
  const read: [string, number][] = [];
  for await (const event of events) {
    read.push([event.streamId, event.globalPosition]);
    if (read.length >= stopAfter) break;
  }
  return read;
}

describe('reading several streams merged in log order', () => {
  it('given interleaved streams, yields their events in global-position order', async () => {
    const { store } = storeOf({ a: [1, 4, 5, 9], b: [2, 3, 10], c: [6, 7, 8] });
    expect(await positionsOf(readStreamsMerged(store, ['a', 'b', 'c']))).toEqual([
      ['a', 1],
      ['b', 2],
      ['b', 3],
      ['a', 4],
      ['a', 5],
      ['c', 6],
      ['c', 7],
      ['c', 8],
      ['a', 9],
      ['b', 10],
    ]);
  });

  it('given a stream named twice and one that does not exist, reads each existing stream once', async () => {
    const { store, opened } = storeOf({ a: [2], b: [1, 3] });
    expect(await positionsOf(readStreamsMerged(store, ['b', 'missing', 'a', 'b']))).toEqual([
      ['b', 1],
      ['a', 2],
      ['b', 3],
    ]);
    expect(opened.sort()).toEqual(['a', 'b', 'missing']);
  });

  it('given no streams, yields nothing', async () => {
    expect(await positionsOf(readStreamsMerged(storeOf({}).store, []))).toEqual([]);
  });

  it('given more streams than it opens at once, still merges them all', async () => {
    const streams = Object.fromEntries(Array.from({ length: 130 }, (_, n) => [`s-${n}`, [n + 1, n + 1001]]));
    const merged = await positionsOf(readStreamsMerged(storeOf(streams).store, Object.keys(streams)));
    expect(merged.map(([, position]) => position)).toEqual([
      ...Array.from({ length: 130 }, (_, n) => n + 1),
      ...Array.from({ length: 130 }, (_, n) => n + 1001),
    ]);
  });

  it('when the reader stops early, closes the read of every stream still open', async () => {
    const { store, closed } = storeOf({ a: [1, 4], b: [2, 5], c: [3, 6] });
    expect(await positionsOf(readStreamsMerged(store, ['a', 'b', 'c']), 2)).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(closed.sort()).toEqual(['a', 'b', 'c']);
  });
});
