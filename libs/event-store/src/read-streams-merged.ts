import { RecordedEvent } from './envelope';
import { EventStore } from './event-store.port';

/** Streams opened at once while priming the merge (each open may be a round trip to the server). */
const OPEN_AT_ONCE = 50;

interface Cursor {
  events: AsyncIterator<RecordedEvent>;
  current: RecordedEvent;
  /** Order given, which breaks ties (there are none in a sound log). */
  rank: number;
}

/**
 * The events of the given streams in global-position order: what `readAll` filtered to those streams yields, at the
 * cost of reading only them (a k-way merge of `readStream`, holding one page per stream). A stream named twice is
 * read once; a stream that does not exist yields nothing.
 */
export async function* readStreamsMerged(store: Pick<EventStore, 'readStream'>, streamIds: readonly string[]): AsyncIterable<RecordedEvent> {
  const heap = new CursorHeap();
  const unique = [...new Set(streamIds)];
  for (let start = 0; start < unique.length; start += OPEN_AT_ONCE) {
    const opened = await Promise.all(unique.slice(start, start + OPEN_AT_ONCE).map((streamId, i) => open(store, streamId, start + i)));
    for (const cursor of opened) if (cursor) heap.push(cursor);
  }
  try {
    for (let cursor = heap.peek(); cursor; cursor = heap.peek()) {
      yield cursor.current;
      const next = await cursor.events.next();
      if (next.done) heap.pop();
      else {
        cursor.current = next.value;
        heap.siftDown(0);
      }
    }
  } finally {
    // Stopped early (a replay that reached its position): let every adapter release its reads.
    await Promise.all(heap.drain().map((cursor) => cursor.events.return?.()));
  }
}

async function open(store: Pick<EventStore, 'readStream'>, streamId: string, rank: number): Promise<Cursor | undefined> {
  const events = store.readStream(streamId)[Symbol.asyncIterator]();
  const first = await events.next();
  return first.done ? undefined : { events, current: first.value, rank };
}

/** A binary min-heap of cursors by the global position of their current event. */
class CursorHeap {
  private readonly items: Cursor[] = [];

  peek(): Cursor | undefined {
    return this.items[0];
  }

  push(cursor: Cursor): void {
    const items = this.items;
    items.push(cursor);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): void {
    const last = this.items.pop();
    if (last && this.items.length > 0) {
      this.items[0] = last;
      this.siftDown(0);
    }
  }

  /** Restores the order after the cursor at `i` moved on to a later event. */
  siftDown(i: number): void {
    const items = this.items;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let first = i;
      if (left < items.length && before(items[left], items[first])) first = left;
      if (right < items.length && before(items[right], items[first])) first = right;
      if (first === i) return;
      [items[i], items[first]] = [items[first], items[i]];
      i = first;
    }
  }

  drain(): Cursor[] {
    return this.items.splice(0);
  }
}

const before = (a: Cursor, b: Cursor) =>
  a.current.globalPosition < b.current.globalPosition || (a.current.globalPosition === b.current.globalPosition && a.rank < b.rank);
