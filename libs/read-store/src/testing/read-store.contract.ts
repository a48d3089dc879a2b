import { randomUUID } from 'node:crypto';
import { Checkpoint, CheckpointMovedError, InvalidQueryError, ReadDocument, ReadStore } from '../index';
import { describeTextSearchContract } from './read-store-text.contract';

export interface ReadStoreUnderTest {
  store: ReadStore;
  dispose(): Promise<void>;
}

export type ReadStoreProvider = { create(): Promise<ReadStoreUnderTest> } | { skipReason: string };

interface Loan extends ReadDocument {
  branch: string;
  due: string;
  renewals: number;
}

/** The behaviour every read-store adapter must show; run against SQLite always, MongoDB where reachable. */
export function describeReadStoreContract(adapterName: string, provider: ReadStoreProvider): void {
  if ('skipReason' in provider) {
    describe(`ReadStore contract: ${adapterName}`, () => {
      it.skip(`skipped: ${provider.skipReason}`, () => undefined);
    });
    console.warn(`[contract] ${adapterName} read-store contract skipped: ${provider.skipReason}`);
    return;
  }

  describe(`ReadStore contract: ${adapterName}`, () => {
    let underTest: ReadStoreUnderTest;
    let store: ReadStore;
    const run = randomUUID().replace(/-/g, '').slice(0, 10);
    const name = (suffix: string) => `c${run}_${suffix}`;

    beforeAll(async () => {
      underTest = await provider.create();
      store = underTest.store;
    }, 120_000);
    afterAll(async () => underTest && (await underTest.dispose()), 60_000);

    const loan = (id: string, branch: string, due: string, renewals = 0): Loan => ({ id, branch, due, renewals });

    it('puts, gets, overwrites and deletes a document', async () => {
      const c = name('crud');
      await store.ensureCollection({ name: c, indexes: ['branch'] });
      expect(await store.get(c, 'x')).toBeUndefined();
      await store.put(c, loan('x', 'main', '2026-01-01', 0));
      expect(await store.get(c, 'x')).toEqual(loan('x', 'main', '2026-01-01', 0));
      await store.put(c, { ...loan('x', 'main', '2026-02-01', 1), nested: { a: [1, 2] } });
      expect(await store.get(c, 'x')).toEqual({ ...loan('x', 'main', '2026-02-01', 1), nested: { a: [1, 2] } });
      await store.delete(c, 'x');
      expect(await store.get(c, 'x')).toBeUndefined();
      await expect(store.delete(c, 'x')).resolves.toBeUndefined();
    });

    it('gives a change mark (where it has one) that stays while only reads happen and moves with every write', async () => {
      const markOf = store.changeMark?.bind(store);
      if (!markOf) return;
      const c = name('mark');
      await store.ensureCollection({ name: c, indexes: ['branch'] });
      const before = markOf();
      await store.get(c, 'x');
      await store.find(c, { where: { branch: 'main' } });
      await store.readCheckpoint(c);
      expect(markOf()).toBe(before);
      await store.put(c, loan('x', 'main', '2026-01-01'));
      const afterPut = markOf();
      expect(afterPut).not.toBe(before);
      await store.commit({
        operations: [],
        checkpoints: [{ slot: c, projection: c, version: 1, generation: 'g1', position: 7, updatedAt: new Date().toISOString() }],
      });
      const afterCommit = markOf();
      expect(afterCommit).not.toBe(afterPut);
      await store.delete(c, 'x');
      expect(markOf()).not.toBe(afterCommit);
    });

    it('gets many documents at once', async () => {
      const c = name('many');
      await store.ensureCollection({ name: c, indexes: [] });
      await store.put(c, loan('a', 'main', '2026-01-01'));
      await store.put(c, loan('b', 'law', '2026-01-02'));
      const found = await store.getMany<Loan>(c, ['a', 'b', 'zz']);
      expect([...found.keys()].sort()).toEqual(['a', 'b']);
      expect(found.get('b')?.branch).toBe('law');
    });

    describe('find', () => {
      const c = name('find');
      beforeAll(async () => {
        await store.ensureCollection({ name: c, indexes: ['branch', 'due', 'renewals'] });
        const rows = [
          loan('l1', 'main', '2026-03-05', 0),
          loan('l2', 'law', '2026-03-01', 2),
          loan('l3', 'main', '2026-03-03', 1),
          loan('l4', 'main', '2026-03-03', 3),
          loan('l5', 'music', '2026-03-09', 0),
        ];
        await store.commit({ operations: rows.map((document) => ({ kind: 'put' as const, collection: c, document })) });
      });

      it('filters by equality, range and membership on indexed fields', async () => {
        const main = await store.find<Loan>(c, { where: { branch: 'main' } });
        expect(main.items.map((l) => l.id)).toEqual(['l1', 'l3', 'l4']);
        const march = await store.find<Loan>(c, { where: { due: { gte: '2026-03-03', lt: '2026-03-09' } } });
        expect(march.items.map((l) => l.id).sort()).toEqual(['l1', 'l3', 'l4']);
        const some = await store.find<Loan>(c, { where: { branch: { in: ['law', 'music'] }, renewals: { lte: 1 } } });
        expect(some.items.map((l) => l.id)).toEqual(['l5']);
      });

      it('sorts by a field with the id breaking ties, both directions', async () => {
        const asc = await store.find<Loan>(c, { sort: { field: 'due' } });
        expect(asc.items.map((l) => l.id)).toEqual(['l2', 'l3', 'l4', 'l1', 'l5']);
        const desc = await store.find<Loan>(c, { sort: { field: 'due', direction: 'desc' } });
        expect(desc.items.map((l) => l.id)).toEqual(['l5', 'l1', 'l4', 'l3', 'l2']);
      });

      it('pages with a limit and a cursor, without repeating or skipping', async () => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.find<Loan>(c, { sort: { field: 'due', direction: 'desc' }, limit: 2, cursor });
          expect(page.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.items.map((l) => l.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(['l5', 'l1', 'l4', 'l3', 'l2']);
        const filtered = await store.find<Loan>(c, { where: { branch: 'main' }, sort: { field: 'renewals' }, limit: 2 });
        expect(filtered.items.map((l) => l.id)).toEqual(['l1', 'l3']);
        const rest = await store.find<Loan>(c, { where: { branch: 'main' }, sort: { field: 'renewals' }, limit: 2, cursor: filtered.nextCursor });
        expect(rest.items.map((l) => l.id)).toEqual(['l4']);
        expect(rest.nextCursor).toBeUndefined();
      });

      it('refuses a field that is not indexed and a forged cursor', async () => {
        await expect(store.find(c, { where: { colour: 'red' } })).rejects.toBeInstanceOf(InvalidQueryError);
        await expect(store.find(c, { sort: { field: 'colour' } })).rejects.toBeInstanceOf(InvalidQueryError);
        await expect(store.find(c, { cursor: 'not a cursor' })).rejects.toBeInstanceOf(InvalidQueryError);
      });
    });

    describeTextSearchContract(() => store, name);

    describe('commits and checkpoints', () => {
      const checkpoint = (slot: string, generation: string, position: number): Checkpoint => ({
        slot,
        projection: slot.split('#')[0],
        version: 1,
        generation,
        position,
        updatedAt: new Date(0).toISOString(),
      });

      it('writes operations and the checkpoint together, and reads the checkpoint back', async () => {
        const c = name('commit');
        const slot = name('proj');
        await store.ensureCollection({ name: c, indexes: [] });
        await store.commit({
          operations: [
            { kind: 'put', collection: c, document: { id: 'a', n: 1 } },
            { kind: 'put', collection: c, document: { id: 'b', n: 2 } },
            { kind: 'delete', collection: c, id: 'a' },
          ],
          checkpoints: [checkpoint(slot, 'g1', 42)],
          expectGenerations: { [slot]: null },
        });
        expect(await store.get(c, 'a')).toBeUndefined();
        expect(await store.get(c, 'b')).toEqual({ id: 'b', n: 2 });
        expect(await store.readCheckpoint(slot)).toEqual(checkpoint(slot, 'g1', 42));
        expect((await store.listCheckpoints()).map((cp) => cp.slot)).toContain(slot);
      });

      it('refuses a commit whose expected generation no longer holds, writing nothing', async () => {
        const c = name('cas');
        const slot = name('casproj');
        await store.ensureCollection({ name: c, indexes: [] });
        await store.commit({ operations: [], checkpoints: [checkpoint(slot, 'g2', 10)] });
        await expect(
          store.commit({
            operations: [{ kind: 'put', collection: c, document: { id: 'late' } }],
            checkpoints: [checkpoint(slot, 'g1', 11)],
            expectGenerations: { [slot]: 'g1' },
          }),
        ).rejects.toBeInstanceOf(CheckpointMovedError);
        expect(await store.get(c, 'late')).toBeUndefined();
        expect((await store.readCheckpoint(slot))?.generation).toBe('g2');
      });

      it('refuses a commit whose expected position no longer holds (a second writer of the slot), writing nothing', async () => {
        const c = name('pos');
        const slot = name('posproj');
        await store.ensureCollection({ name: c, indexes: [] });
        await store.commit({ operations: [], checkpoints: [checkpoint(slot, 'g1', 20)] });
        await expect(
          store.commit({
            operations: [{ kind: 'put', collection: c, document: { id: 'twice' } }],
            checkpoints: [checkpoint(slot, 'g1', 25)],
            expectGenerations: { [slot]: 'g1' },
            expectPositions: { [slot]: 15 },
          }),
        ).rejects.toBeInstanceOf(CheckpointMovedError);
        expect(await store.get(c, 'twice')).toBeUndefined();
        await store.commit({ operations: [], checkpoints: [checkpoint(slot, 'g1', 25)], expectPositions: { [slot]: 20 } });
        expect((await store.readCheckpoint(slot))?.position).toBe(25);
      });

      it('swaps a rebuilt generation in by replacing one checkpoint and removing another', async () => {
        const slot = name('swap');
        await store.commit({ operations: [], checkpoints: [checkpoint(slot, 'old', 5), checkpoint(`${slot}#rebuild`, 'new', 5)] });
        await store.commit({
          operations: [],
          checkpoints: [checkpoint(slot, 'new', 5)],
          removeCheckpoints: [`${slot}#rebuild`],
          expectGenerations: { [slot]: 'old', [`${slot}#rebuild`]: 'new' },
        });
        expect((await store.readCheckpoint(slot))?.generation).toBe('new');
        expect(await store.readCheckpoint(`${slot}#rebuild`)).toBeUndefined();
      });

      it('lists and drops collections', async () => {
        const c = name('drop');
        await store.ensureCollection({ name: c, indexes: ['x'] });
        await store.put(c, { id: 'a', x: 1 });
        expect(await store.listCollections()).toContain(c);
        await store.dropCollection(c);
        expect(await store.listCollections()).not.toContain(c);
        await store.ensureCollection({ name: c, indexes: ['x'] });
        expect(await store.get(c, 'a')).toBeUndefined();
      });
    });
  });
}
