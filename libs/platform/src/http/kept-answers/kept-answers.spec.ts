import { Checkpoint, ReadStore } from '@era/read-store';
import { KeptAnswers } from './kept-answers';

/** A read store that only answers checkpoints, counting the reads, with a change mark the test moves. */
function storeWith(positions: Record<string, number>, { withMark }: { withMark: boolean }) {
  let mark = 0;
  const store = {
    reads: 0,
    async readCheckpoint(slot: string): Promise<Checkpoint | undefined> {
      store.reads += 1;
      const position = positions[slot];
      return position === undefined ? undefined : ({ slot, projection: slot, version: 1, generation: 'g1', position, updatedAt: '' } as Checkpoint);
    },
    ...(withMark && { changeMark: () => String(mark) }),
    write(slot: string, position: number) {
      positions[slot] = position;
      mark += 1;
    },
  };
  return store;
}

describe('the read models state kept answers are checked against', () => {
  it('given a store with a change mark, when nothing was written, then the checkpoints are not read again', async () => {
    const store = storeWith({ 'desk-statistics': 5, 'circulation-statistics': 3 }, { withMark: true });
    const kept = new KeptAnswers(store as unknown as ReadStore);
    const first = await kept.stateOf(['desk-statistics', 'circulation-statistics']);
    expect(first.lowestPosition).toBe(3);
    const readsAfterFirst = store.reads;
    expect(await kept.stateOf(['desk-statistics', 'circulation-statistics'])).toEqual(first);
    expect(store.reads).toBe(readsAfterFirst);
  });

  it('given a store with a change mark, when a projection commits, then the next state is read anew and differs', async () => {
    const store = storeWith({ 'desk-statistics': 5 }, { withMark: true });
    const kept = new KeptAnswers(store as unknown as ReadStore);
    const before = await kept.stateOf(['desk-statistics']);
    store.write('desk-statistics', 6);
    const after = await kept.stateOf(['desk-statistics']);
    expect(after.state).not.toBe(before.state);
    expect(after.lowestPosition).toBe(6);
  });

  it('given a state read, then it is known at once until the store is written to, and never on a store without a mark', async () => {
    const store = storeWith({ 'desk-statistics': 5 }, { withMark: true });
    const kept = new KeptAnswers(store as unknown as ReadStore);
    expect(kept.stateOfAtOnce(['desk-statistics'])).toBeUndefined();
    const read = await kept.stateOf(['desk-statistics']);
    expect(kept.stateOfAtOnce(['desk-statistics'])).toEqual(read);
    store.write('desk-statistics', 6);
    expect(kept.stateOfAtOnce(['desk-statistics'])).toBeUndefined();
    const unmarked = storeWith({ 'desk-statistics': 5 }, { withMark: false });
    const keptUnmarked = new KeptAnswers(unmarked as unknown as ReadStore);
    await keptUnmarked.stateOf(['desk-statistics']);
    expect(keptUnmarked.stateOfAtOnce(['desk-statistics'])).toBeUndefined();
  });

  it('given a store without a change mark (MongoDB), then every request reads the checkpoints', async () => {
    const store = storeWith({ 'desk-statistics': 5 }, { withMark: false });
    const kept = new KeptAnswers(store as unknown as ReadStore);
    await kept.stateOf(['desk-statistics']);
    store.write('desk-statistics', 9);
    expect((await kept.stateOf(['desk-statistics'])).lowestPosition).toBe(9);
    expect(store.reads).toBe(2);
  });
});
