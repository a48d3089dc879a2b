import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore } from '@era/event-store';
import { computeLedgerSeal, IntegrityProblem, LedgerSealedByCategory, SEAL_STREAM, sealLedger, verifyEventStore, verifyStreams } from '@era/ledger-integrity';
import { contractMetadata } from '@era/event-store/testing';
import { SqliteEventStore } from './sqlite-event-store';
import { rewriteStream, tamperWith } from './testing/tamper';
import { withStoreOn } from './testing/with-store';

const sealMetadata = { ...contractMetadata, actor: { id: 's-librarian', role: 'librarian' } };
/** What a review of licences a and b checks. */
const REVIEWED = ['licence-a', 'licence-b', SEAL_STREAM];

describe('verifying given streams on the SQLite event store', () => {
  let dir: string;
  let file: string;
  let sealDigest: string;

  /**
   * Positions: 1 a/0, 2 b/0, 3 desk/0, 4 a/1, 5 b/1, 6 a/2, then the seal of all three streams at 7 (a sealed at
   * revision 2, b at 1), then 8 a/3.
   */
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'era-verify-streams-'));
    file = join(dir, 'events.sqlite');
    await withStoreOn(file, async (store) => {
      const revisions = new Map<string, number>();
      const append = async (streamId: string) => {
        const revision = revisions.get(streamId);
        const result = await store.append(streamId, [{ type: 'Noted', data: { at: revision ?? -1 } }], {
          expectedRevision: revision ?? 'no_stream',
          metadata: contractMetadata,
        });
        revisions.set(streamId, result.nextExpectedRevision);
      };
      for (const streamId of ['licence-a', 'licence-b', 'desk-inquiry-x', 'licence-a', 'licence-b', 'licence-a']) await append(streamId);
      sealDigest = (await sealLedger(store, sealMetadata)).digest;
      await append('licence-a');
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The per-stream check and the whole-log walk narrowed to the same streams. */
  const verifyBothWays = (streams = REVIEWED, as: (store: SqliteEventStore) => EventStore = (store) => store) =>
    withStoreOn(file, async (store) => ({
      byStream: await verifyStreams(as(store), streams),
      byWalk: await verifyEventStore(as(store), { streamPrefixes: streams }),
    }));

  const sorted = (problems: IntegrityProblem[]) =>
    [...problems].sort((a, b) => a.streamId.localeCompare(b.streamId) || a.streamRevision - b.streamRevision || a.kind.localeCompare(b.kind));

  it('given untouched streams, finds them intact and the seal holding, as the walk does', async () => {
    const { byStream, byWalk } = await verifyBothWays();
    expect(byStream).toMatchObject({ ok: true, eventsChecked: 4 + 2 + 1, streamsChecked: 3, headPosition: 8, problems: [] });
    expect(byStream.seals).toEqual(byWalk.seals);
    expect(byStream.seals.seals).toEqual([expect.objectContaining({ digest: sealDigest, position: 7, ok: true })]);
    expect(byStream.eventsChecked).toBe(byWalk.eventsChecked);
  });

  it('given a sealed event edited in place, reports its hash and the seal, in the same words as the walk', async () => {
    tamperWith(file, (db) => db.exec(`UPDATE events SET data = '{"at":99}' WHERE stream_id = 'licence-a' AND stream_revision = 2`));
    const { byStream, byWalk } = await verifyBothWays();
    expect(byStream.problems.map((problem) => [problem.kind, problem.streamId, problem.streamRevision])).toEqual([
      ['hash-mismatch', 'licence-a', 2],
      ['sealed-event-changed', 'licence-a', 2],
    ]);
    expect(sorted(byStream.problems)).toEqual(sorted(byWalk.problems));
    expect(byStream.seals.seals.map((seal) => seal.ok)).toEqual([false]);
  });

  it('given an event deleted from the middle of a stream, reports the revision that no longer follows', async () => {
    tamperWith(file, (db) => db.exec(`DELETE FROM events WHERE stream_id = 'licence-a' AND stream_revision = 1`));
    const { byStream, byWalk } = await verifyBothWays();
    expect(byStream.firstProblem).toMatchObject({ kind: 'revision-out-of-sequence', streamId: 'licence-a', streamRevision: 2 });
    expect(sorted(byStream.problems)).toEqual(sorted(byWalk.problems));
  });

  it("given a stream's last event deleted, finds it missing through the recorded head, one by one or from the list of heads", async () => {
    tamperWith(file, (db) => db.exec(`DELETE FROM events WHERE stream_id = 'licence-a' AND stream_revision = 3`));
    const expected = {
      kind: 'stream-head-missing-events',
      streamId: 'licence-a',
      streamRevision: 3,
      message: 'stream licence-a: revisions 3..3 are recorded as written but missing (deleted)',
    };
    const { byStream, byWalk } = await verifyBothWays();
    expect(byStream.problems).toEqual([expected]);
    expect(byWalk.problems).toEqual([expected]);
    const onlyTheListOfHeads = (store: SqliteEventStore): EventStore => Object.assign(Object.create(store) as EventStore, { streamHead: undefined });
    expect((await verifyBothWays(REVIEWED, onlyTheListOfHeads)).byStream.problems).toEqual([expected]);
  });

  it('given a sealed event rewritten with consistent hashes, only the seal tells, and it does', async () => {
    tamperWith(file, (db) => rewriteStream(db, 'licence-b', 0, (data) => ({ ...data, at: 42 })));
    const { byStream, byWalk } = await verifyBothWays();
    expect(byStream.problems).toEqual([
      expect.objectContaining({ kind: 'sealed-event-changed', streamId: 'licence-b', streamRevision: 1, globalPosition: 5, sealDigest }),
    ]);
    expect(byStream.problems).toEqual(byWalk.problems);
  });

  it('given sealed events cut off along with the recorded head, reports them lost', async () => {
    tamperWith(file, (db) => {
      db.exec(`DELETE FROM events WHERE stream_id = 'licence-b' AND stream_revision = 1`);
      db.exec(
        `UPDATE stream_heads SET revision = 0, hash = (SELECT hash FROM events WHERE stream_id = 'licence-b' AND stream_revision = 0) WHERE stream_id = 'licence-b'`,
      );
    });
    const { byStream, byWalk } = await verifyBothWays();
    expect(byStream.problems).toEqual([
      expect.objectContaining({
        kind: 'sealed-events-lost',
        streamId: 'licence-b',
        streamRevision: 1,
        message: expect.stringContaining('now ends at revision 0'),
      }),
    ]);
    expect(byStream.problems).toEqual(byWalk.problems);
    expect(byStream.seals.seals.map((seal) => seal.ok)).toEqual([false]);
  });

  it('given a broken seal (its heads edited, its own hash recomputed), reports the seal', async () => {
    tamperWith(file, (db) =>
      rewriteStream<LedgerSealedByCategory>(db, SEAL_STREAM, 0, (seal) => ({
        ...seal,
        categories: seal.categories.map((category) => ({ ...category, heads: category.heads?.filter((head) => head.streamId !== 'licence-b') })),
      })),
    );
    const { byStream, byWalk } = await verifyBothWays();
    expect(byStream.problems).toEqual([expect.objectContaining({ kind: 'seal-digest-mismatch', streamId: SEAL_STREAM, streamRevision: 0, globalPosition: 7 })]);
    expect(byStream.problems).toEqual(byWalk.problems);
    expect(byStream.seals.seals.map((seal) => seal.ok)).toEqual([false]);
  });

  it('given events of a stream swapped in the log, reports the position out of order (positions are not hashed)', async () => {
    tamperWith(file, (db) => {
      db.exec(`UPDATE events SET global_position = 100 WHERE global_position = 1`);
      db.exec(`UPDATE events SET global_position = 1 WHERE global_position = 4`);
      db.exec(`UPDATE events SET global_position = 4 WHERE global_position = 100`);
    });
    const { byStream } = await verifyBothWays(['licence-a']);
    expect(byStream.problems).toContainEqual(
      expect.objectContaining({ kind: 'position-out-of-order', streamId: 'licence-a', message: 'global position 1 follows 4' }),
    );
  });

  it('does not speak for streams outside those given, nor judge the seal by them', async () => {
    tamperWith(file, (db) => db.exec(`UPDATE events SET data = '{"at":99}' WHERE stream_id = 'desk-inquiry-x'`));
    const { byStream } = await verifyBothWays();
    expect(byStream).toMatchObject({ ok: true, problems: [] });
    expect(byStream.seals.seals.map((seal) => seal.ok)).toEqual([true]);
    const withDesk = await withStoreOn(file, (store) => verifyStreams(store, ['desk-inquiry-x']));
    expect(withDesk.problems.map((problem) => problem.kind)).toEqual(['hash-mismatch', 'sealed-event-changed']);
  });

  it('given a seal that holds categories by digest only, does not judge them but says so; the whole-log walk judges them', async () => {
    // As a seal of a large library records its large categories: here every category, whatever its size.
    const byDigest = await withStoreOn(file, async (store) => {
      const seal = await computeLedgerSeal(store, { maxPerCategory: 0, maxInAll: 0, maxListedBytes: 0 });
      await store.append(SEAL_STREAM, [{ type: 'LedgerSealed', schemaVersion: 2, data: seal }], { expectedRevision: 0, metadata: sealMetadata });
      return seal;
    });
    expect(byDigest.categories.every((category) => category.heads === undefined)).toBe(true);
    expect((await verifyBothWays()).byStream.seals.seals[1]).toEqual(
      expect.objectContaining({ ok: true, sealedByDigestOnly: ['ledger-seals', 'licence-a', 'licence-b'] }),
    );

    tamperWith(file, (db) => rewriteStream(db, 'licence-b', 0, (data) => ({ ...data, at: 42 })));
    const byStream = await withStoreOn(file, (store) => verifyStreams(store, REVIEWED));
    // The first seal lists licence-b's head and names it; the second holds only its category's digest.
    expect(byStream.problems.map((problem) => [problem.kind, problem.streamId])).toEqual([['sealed-event-changed', 'licence-b']]);
    expect(byStream.seals.seals.map((seal) => seal.ok)).toEqual([false, true]);
    const byWalk = await withStoreOn(file, (store) => verifyEventStore(store));
    expect(byWalk.problems.map((problem) => [problem.kind, problem.category ?? problem.streamId])).toEqual([
      ['sealed-event-changed', 'licence-b'],
      ['sealed-category-changed', 'licence-b'],
    ]);
    expect(byWalk.seals.seals.map((seal) => seal.ok)).toEqual([false, false]);
  });
});
