import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyConflictError, EventStore } from '@era/event-store';
import {
  asLedgerSealed,
  categorySealDigest,
  computeLedgerSeal,
  explicitHeadsOf,
  isSealedByCategory,
  LedgerSealedByCategory,
  LedgerSealedWithHeads,
  readLedgerSeals,
  SEAL_STREAM,
  sealDigest,
  sealLedger,
  verifyEventStore,
  VerifyOptions,
} from '@era/ledger-integrity';
import { contractMetadata } from '@era/event-store/testing';
import { SqliteEventStore } from './sqlite-event-store';
import { rewriteStream, tamperWith } from './testing/tamper';
import { withStoreOn } from './testing/with-store';

const sealMetadata = { ...contractMetadata, actor: { id: 's-librarian', role: 'librarian' } };

describe('ledger seals on the SQLite event store', () => {
  let dir: string;
  let file: string;
  /** The receipt of the seal recorded in the set-up: streams a (3 events), b (3 events) and c (1 event) sealed. */
  let sealed: Awaited<ReturnType<typeof sealLedger>>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'era-seal-'));
    file = join(dir, 'events.sqlite');
    await withStoreOn(file, async (store) => {
      for (const streamId of ['desk-inquiry-a', 'desk-inquiry-b']) {
        await store.append(streamId, [{ type: 'InquiryRecorded', data: { minutes: 3 } }], { expectedRevision: 'no_stream', metadata: contractMetadata });
        await store.append(streamId, [{ type: 'InquiryVoided', data: { reason: 'typo' } }], { expectedRevision: 0, metadata: contractMetadata });
        await store.append(streamId, [{ type: 'InquiryNoted', data: { note: 'x' } }], { expectedRevision: 1, metadata: contractMetadata });
      }
      await store.append('desk-headcount-c', [{ type: 'HeadcountRecorded', data: { count: 4 } }], {
        expectedRevision: 'no_stream',
        metadata: contractMetadata,
      });
      sealed = await sealLedger(store, sealMetadata);
      // History goes on after the seal: stream a grows past its sealed revision.
      await store.append('desk-inquiry-a', [{ type: 'InquiryNoted', data: { note: 'later' } }], { expectedRevision: 2, metadata: contractMetadata });
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const verify = (options?: VerifyOptions) => withStoreOn(file, (store) => verifyEventStore(store, options));

  describe('sealing', () => {
    it('records the head hash of every stream as of the head position, sorted by stream id, with its digest', async () => {
      const seals = await withStoreOn(file, async (store) => {
        const all = [];
        for await (const seal of readLedgerSeals(store)) all.push(seal);
        return all;
      });
      expect(seals).toHaveLength(1);
      const [{ seal, position, recordedAt, sealedBy }] = seals;
      expect(sealed).toEqual({ digest: seal.digest, sealedThroughPosition: 7, streamCount: 3, position: 8 });
      expect(position).toBe(8);
      expect(sealedBy).toEqual({ id: 's-librarian', role: 'librarian' });
      expect(recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      // Ids without a trailing UUID are each their own category; every category this small lists its heads.
      const { categories } = seal as LedgerSealedByCategory;
      expect(categories.map((category) => [category.category, category.streamCount, category.heads?.map((head) => head.revision)])).toEqual([
        ['desk-headcount-c', 1, [0]],
        ['desk-inquiry-a', 1, [2]],
        ['desk-inquiry-b', 1, [2]],
      ]);
      expect(explicitHeadsOf(seal).map((head) => head.streamId)).toEqual(['desk-headcount-c', 'desk-inquiry-a', 'desk-inquiry-b']);
      expect(seal.digest).toBe(categorySealDigest(7, categories));
      expect(seal.digest).toMatch(/^[0-9a-f]{64}$/);
      const [event] = await withStoreOn(file, (store) => collect(store.readStream(SEAL_STREAM)));
      expect(event.schemaVersion).toBe(2);
    });

    it('seals the seal stream too, as it stood before the new seal', async () => {
      const next = await withStoreOn(file, (store) => computeLedgerSeal(store));
      expect(next.sealedThroughPosition).toBe(9);
      expect(explicitHeadsOf(next).find((head) => head.streamId === SEAL_STREAM)).toMatchObject({ revision: 0 });
      expect(explicitHeadsOf(next).find((head) => head.streamId === 'desk-inquiry-a')).toMatchObject({ revision: 3 });
    });

    it('lets two seals made at once both land, the later one sealing the earlier', async () => {
      const [first, second] = await withStoreOn(file, (store) => Promise.all([sealLedger(store, sealMetadata), sealLedger(store, sealMetadata)]));
      expect(new Set([first.position, second.position])).toEqual(new Set([10, 11]));
      const later = first.position > second.position ? first : second;
      const report = await verify();
      expect(report.ok).toBe(true);
      expect(report.seals.sealsChecked).toBe(3);
      const laterSeal = await withStoreOn(file, async (store) => {
        for await (const recorded of readLedgerSeals(store)) if (recorded.position === later.position) return recorded.seal;
        throw new Error('not found');
      });
      expect(explicitHeadsOf(laterSeal).find((head) => head.streamId === SEAL_STREAM)).toMatchObject({ revision: 1 });
    });

    it('computes again once when another write to the seal stream got in first, and gives up the second time', async () => {
      const conflicting =
        (times: number) =>
        (store: SqliteEventStore): EventStore => {
          let left = times;
          return Object.assign(Object.create(store) as EventStore, {
            append: (...args: Parameters<EventStore['append']>) => {
              if (left-- > 0) return Promise.reject(new ConcurrencyConflictError(SEAL_STREAM, 0, 1));
              return store.append(...args);
            },
          });
        };
      const retried = await withStoreOn(file, (store) => sealLedger(conflicting(1)(store), sealMetadata));
      expect(retried).toMatchObject({ sealedThroughPosition: 9, position: 10 });
      await expect(withStoreOn(file, (store) => sealLedger(conflicting(2)(store), sealMetadata))).rejects.toBeInstanceOf(ConcurrencyConflictError);
    });
  });

  describe('verify', () => {
    it('finds a clean log with seals intact and says each seal holds', async () => {
      await withStoreOn(file, (store) => sealLedger(store, sealMetadata));
      const report = await verify();
      expect(report).toMatchObject({ ok: true, eventsChecked: 10, problems: [] });
      expect(report.seals.sealsChecked).toBe(2);
      expect(report.seals.seals[0]).toEqual({ digest: sealed.digest, sealedThroughPosition: 7, recordedAt: expect.any(String), position: 8, ok: true });
      expect(report.seals.seals[1]).toMatchObject({ sealedThroughPosition: 9, position: 10, ok: true });
    });

    it('reports no seals on a log that was never sealed', async () => {
      const fresh = join(dir, 'fresh.sqlite');
      const store = new SqliteEventStore({ file: fresh });
      await store.append('desk-inquiry-z', [{ type: 'InquiryRecorded', data: {} }], { expectedRevision: 'no_stream', metadata: contractMetadata });
      const report = await verifyEventStore(store);
      await store.close();
      expect(report).toMatchObject({ ok: true, seals: { sealsChecked: 0, seals: [] } });
    });

    it('catches a sealed event rewritten with consistent hashes, which only the seal can tell, naming stream and revision', async () => {
      tamperWith(file, (db) => rewriteStream(db, 'desk-inquiry-b', 0, (data) => ({ ...data, minutes: 30 })));
      const report = await verify();
      expect(report.ok).toBe(false);
      // Revisions 0 and 1 were rehashed too, but only revision 2 was sealed: the seal pins it.
      expect(report.problems).toEqual([
        expect.objectContaining({ kind: 'sealed-event-changed', streamId: 'desk-inquiry-b', streamRevision: 2, globalPosition: 6, sealDigest: sealed.digest }),
      ]);
      expect(report.firstProblem?.message).toContain(`stream desk-inquiry-b revision 2: not the event sealed at position 8 (seal ${sealed.digest})`);
      expect(report.seals.seals).toEqual([expect.objectContaining({ digest: sealed.digest, ok: false })]);
    });

    it('catches a sealed event edited in place both by its hash and by the seal', async () => {
      tamperWith(file, (db) => db.exec(`UPDATE events SET data = '{"count":40}' WHERE stream_id = 'desk-headcount-c'`));
      const report = await verify();
      expect(report.problems.map((problem) => [problem.kind, problem.streamId, problem.streamRevision])).toEqual([
        ['hash-mismatch', 'desk-headcount-c', 0],
        ['sealed-event-changed', 'desk-headcount-c', 0],
      ]);
    });

    it('catches the last event of a sealed stream deleted along with its recorded head', async () => {
      tamperWith(file, (db) => {
        db.prepare(`DELETE FROM events WHERE stream_id = 'desk-inquiry-b' AND stream_revision = 2`).run();
        db.prepare(
          `UPDATE stream_heads SET revision = 1, hash = (SELECT hash FROM events WHERE stream_id = 'desk-inquiry-b' AND stream_revision = 1) WHERE stream_id = 'desk-inquiry-b'`,
        ).run();
      });
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(report.problems).toContainEqual(
        expect.objectContaining({
          kind: 'sealed-events-lost',
          streamId: 'desk-inquiry-b',
          streamRevision: 2,
          message: expect.stringContaining('now ends at revision 1'),
        }),
      );
      // Besides the seal, only the hole in the global log shows, and it does not say which stream lost the event.
      expect(report.problems.filter((problem) => problem.kind !== 'sealed-events-lost').map((problem) => problem.kind)).toEqual(['position-gap']);
      expect(report.seals.seals[0].ok).toBe(false);
    });

    it('catches a sealed stream deleted entirely, head row and all', async () => {
      tamperWith(file, (db) => {
        db.prepare(`DELETE FROM events WHERE stream_id = 'desk-headcount-c'`).run();
        db.prepare(`DELETE FROM stream_heads WHERE stream_id = 'desk-headcount-c'`).run();
      });
      const report = await verify();
      expect(report.problems).toContainEqual(
        expect.objectContaining({
          kind: 'sealed-events-lost',
          streamId: 'desk-headcount-c',
          streamRevision: 0,
          message: expect.stringContaining('holds no event at all'),
        }),
      );
    });

    it("catches a seal whose heads were edited, even with the seal event's own hash recomputed", async () => {
      tamperWith(file, (db) =>
        rewriteStream<LedgerSealedByCategory>(db, SEAL_STREAM, 0, (seal) => ({
          ...seal,
          categories: seal.categories.map((category) => ({ ...category, heads: category.heads?.filter((head) => head.streamId !== 'desk-headcount-c') })),
        })),
      );
      const report = await verify();
      expect(report.problems).toEqual([
        expect.objectContaining({ kind: 'seal-digest-mismatch', streamId: SEAL_STREAM, streamRevision: 0, globalPosition: 8, sealDigest: sealed.digest }),
      ]);
      expect(report.seals.seals).toEqual([expect.objectContaining({ ok: false })]);
    });

    it('checks only the sealed heads of the streams asked for', async () => {
      tamperWith(file, (db) => rewriteStream(db, 'desk-inquiry-b', 2, (data) => ({ ...data, note: 'y' })));
      const inScope = await verify({ streamPrefixes: ['desk-inquiry-b'] });
      expect(inScope.problems).toEqual([expect.objectContaining({ kind: 'sealed-event-changed', streamId: 'desk-inquiry-b' })]);
      const outOfScope = await verify({ streamPrefixes: ['desk-inquiry-a', 'desk-headcount-'] });
      expect(outOfScope).toMatchObject({ ok: true, seals: { sealsChecked: 1, seals: [expect.objectContaining({ ok: true })] } });
    });
  });

  describe('a category too large to list', () => {
    const STREAMS = 1_200;
    const inquiry = (n: number) => `desk-inquiry-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    let large: Awaited<ReturnType<typeof sealLedger>>;

    beforeEach(async () => {
      large = await withStoreOn(file, async (store) => {
        for (let n = 0; n < STREAMS; n += 1) {
          await store.append(inquiry(n), [{ type: 'InquiryRecorded', data: { minutes: n } }], { expectedRevision: 'no_stream', metadata: contractMetadata });
        }
        return sealLedger(store, sealMetadata);
      });
    });

    it('is sealed by its digest only, in an event far under the 1 MiB EventStoreDB accepts', async () => {
      const [, event] = await withStoreOn(file, (store) => collect(store.readStream(SEAL_STREAM)));
      const seal = asLedgerSealed(event.data);
      if (!isSealedByCategory(seal)) throw new Error('expected a seal by category (schema 2)');
      const size = Buffer.byteLength(JSON.stringify(event.data));
      expect(size).toBeLessThan(16 * 1024);
      expect(seal.streamCount).toBe(STREAMS + 4);
      expect(seal.categories.find((category) => category.category === 'desk-inquiry')).toEqual({
        category: 'desk-inquiry',
        streamCount: STREAMS,
        headsDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(large.digest).toBe(seal.digest);
      expect(await verify()).toMatchObject({ ok: true, problems: [] });
    });

    it('reports a stream of it rewritten with consistent hashes as its category changed, naming the seal and the counts', async () => {
      tamperWith(file, (db) => rewriteStream(db, inquiry(7), 0, (data) => ({ ...data, minutes: 70 })));
      const report = await verify();
      expect(report.problems).toEqual([
        expect.objectContaining({
          kind: 'sealed-category-changed',
          category: 'desk-inquiry',
          streamId: SEAL_STREAM,
          streamRevision: 1,
          globalPosition: large.position,
          sealDigest: large.digest,
        }),
      ]);
      expect(report.problems[0].message).toContain(`category desk-inquiry: its ${STREAMS} streams as of position ${large.sealedThroughPosition}`);
      expect(report.seals.seals.map((seal) => seal.ok)).toEqual([true, false]);
    });

    it('checks it under a stream prefix only when the prefix takes in the whole category, and else says it was not', async () => {
      tamperWith(file, (db) => rewriteStream(db, inquiry(7), 0, (data) => ({ ...data, minutes: 70 })));
      expect((await verify({ streamPrefixes: ['desk-'] })).problems.map((problem) => problem.kind)).toEqual(['sealed-category-changed']);
      const partial = await verify({ streamPrefixes: [inquiry(7)] });
      expect(partial).toMatchObject({ ok: true, problems: [] });
      expect(partial.seals.seals[1]).toMatchObject({ ok: true, sealedByDigestOnly: ['desk-inquiry'] });
    });
  });

  describe('a seal of the first shape (schema 1: every head listed), recorded before categories', () => {
    let legacy: LedgerSealedWithHeads;

    beforeEach(async () => {
      await withStoreOn(file, async (store) => {
        const heads = new Map<string, { streamId: string; revision: number; hash: string }>();
        for await (const event of store.readAll()) heads.set(event.streamId, { streamId: event.streamId, revision: event.streamRevision, hash: event.hash });
        const sorted = [...heads.values()].sort((a, b) => (a.streamId < b.streamId ? -1 : 1));
        const sealedThroughPosition = await store.headPosition();
        legacy = { sealedThroughPosition, streamCount: sorted.length, heads: sorted, digest: sealDigest(sealedThroughPosition, sorted) };
        await store.append(SEAL_STREAM, [{ type: 'LedgerSealed', data: legacy }], { expectedRevision: 0, metadata: sealMetadata });
      });
    });

    it('still holds on an untouched log', async () => {
      const report = await verify();
      expect(report).toMatchObject({ ok: true, problems: [] });
      expect(report.seals.seals[1]).toMatchObject({ digest: legacy.digest, sealedThroughPosition: 9, ok: true });
    });

    it('still names a sealed event rewritten, and fails along with the newer seal of the same head', async () => {
      tamperWith(file, (db) => rewriteStream(db, 'desk-inquiry-b', 0, (data) => ({ ...data, minutes: 30 })));
      const report = await verify();
      expect(report.problems).toEqual([
        expect.objectContaining({ kind: 'sealed-event-changed', streamId: 'desk-inquiry-b', streamRevision: 2, sealDigest: sealed.digest }),
      ]);
      expect(report.seals.seals.map((seal) => seal.ok)).toEqual([false, false]);
    });

    it('is found broken when its heads are edited', async () => {
      tamperWith(file, (db) => rewriteStream<LedgerSealedWithHeads>(db, SEAL_STREAM, 1, (seal) => ({ ...seal, heads: seal.heads.slice(1) })));
      expect((await verify()).problems.map((problem) => [problem.kind, problem.streamRevision])).toEqual([['seal-digest-mismatch', 1]]);
    });
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
