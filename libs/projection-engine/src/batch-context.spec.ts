import { ReadDocument, ReadStore } from '@era/read-store';
import { RecordedEvent } from '@era/event-store';
import { BatchContext } from './batch-context';

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
