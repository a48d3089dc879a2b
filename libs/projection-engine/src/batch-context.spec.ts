import { ReadDocument, ReadStore } from '@era/read-store';
import { RecordedEvent } from '@era/event-store';
import { BatchContext } from './batch-context';
import { WrittenKeys } from './written-keys';

type Counter = ReadDocument & { count: number };

/** A store whose commits are split (MongoDB): an interrupted commit already stored the counter at position 10. */
function splitStoreHolding(document: ReadDocument): ReadStore {
  const stored: Partial<ReadStore> = {
    atomicCommits: false,
    get: (async () => structuredClone(document)) as ReadStore['get'],
    getMany: (async () => new Map()) as ReadStore['getMany'],
  };
  return stored as ReadStore;
}

const eventAt = (globalPosition: number) => ({ globalPosition }) as RecordedEvent;

async function increment(batch: BatchContext, position: number, by: number): Promise<void> {
  const context = batch.forEvent(eventAt(position));
  const counter = (await context.get<Counter>('counters', 'c'))!;
  counter.count += by;
  context.put('counters', counter);
}

describe('a batch replayed over writes an interrupted commit stored', () => {
  it('given an event already in the stored document, when a handler changes what it read, then the next event reads the stored document unchanged', async () => {
    const batch = new BatchContext(splitStoreHolding({ id: 'c', count: 1, _position: 10 }), 'g');
    await increment(batch, 5, 1);
    await increment(batch, 12, 100);
    const [write] = await batch.operations();
    expect(write).toMatchObject({ kind: 'put', document: { count: 101, _position: 12 } });
  });
});

describe('batches writing a generation that began empty', () => {
  it('given a document an earlier batch wrote, then a later batch reads it from the store, and never asks the store for one no batch wrote', async () => {
    const asked: string[] = [];
    const store = {
      atomicCommits: true,
      get: (async (_collection: string, id: string) => {
        asked.push(id);
        return { id, count: 1, _position: 1 };
      }) as ReadStore['get'],
    } as ReadStore;
    const written = new WrittenKeys();
    const first = new BatchContext(store, 'g', written);
    first.forEvent(eventAt(1)).put('counters', { id: 'kept', count: 1 });
    const second = new BatchContext(store, 'g', written).forEvent(eventAt(2));
    expect(await second.get<Counter>('counters', 'never-written')).toBeUndefined();
    expect(await second.get<Counter>('counters', 'kept')).toMatchObject({ count: 1 });
    expect(asked).toEqual(['kept']);
  });
});
