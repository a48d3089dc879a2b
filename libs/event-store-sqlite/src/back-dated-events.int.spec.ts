import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, UpcastingEventStore, UpcasterRegistry } from '@era/event-store';
import { checkLogContinuity, IntegrityProblem, SEAL_STREAM, sealLedger, verifyEventStore, verifyStreams, WHOLE_LOG } from '@era/ledger-integrity';
import { contractMetadata } from '@era/event-store/testing';
import { SqliteEventStore } from './sqlite-event-store';
import { appendBackDated as appendBackDatedTo, tamperWith } from './testing/tamper';
import { withStoreOn } from './testing/with-store';

const sealMetadata = { ...contractMetadata, actor: { id: 's-librarian', role: 'librarian' } };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('back-dated and deleted events on the SQLite event store', () => {
  let dir: string;
  let file: string;
  let sealDigest: string;
  /** recordedAt of each event by global position (1-based). */
  let recordedAt: string[];

  /** Positions: 1 licence-a/0, 2 licence-b/0, 3 licence-a/1, then the seal of them at 4, then 5 licence-b/1. */
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'era-back-dated-'));
    file = join(dir, 'events.sqlite');
    recordedAt = [''];
    await withStoreOn(file, async (store) => {
      const append = async (streamId: string, expectedRevision: number | 'no_stream') => {
        await pause(3);
        const result = await store.append(streamId, [{ type: 'Noted', data: {} }], { expectedRevision, metadata: contractMetadata });
        recordedAt.push(result.events[0].metadata.recordedAt);
      };
      await append('licence-a', 'no_stream');
      await append('licence-b', 'no_stream');
      await append('licence-a', 0);
      await pause(3);
      const seal = await sealLedger(store, sealMetadata);
      sealDigest = seal.digest;
      recordedAt.push((await readEvent(store, 4)).metadata.recordedAt);
      await append('licence-b', 0);
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function readEvent(store: EventStore, position: number) {
    for await (const event of store.readAll({ after: position - 1, maxCount: 1 })) return event;
    throw new Error(`no event at ${position}`);
  }

  /** A careful intruder with the file: an event back-dated into history, chained onto the stream's head. Answers its position. */
  const appendBackDated = (streamId: string, claimedRecordedAt: string): number =>
    appendBackDatedTo(file, streamId, { type: 'Noted', data: { forged: true } }, contractMetadata, claimedRecordedAt).globalPosition;

  /** An instant before the first event: what a forger back-dating an event into history would write. */
  const longBefore = () => new Date(Date.parse(recordedAt[1]) - 3_600_000).toISOString();
  const kinds = (problems: IntegrityProblem[]) =>
    problems.map((problem) => [problem.kind, problem.streamId, problem.streamRevision, problem.globalPosition]).sort();

  it('given an untouched log, finds every recording time in order and no event before a seal', async () => {
    const report = await withStoreOn(file, (store) => verifyEventStore(store));
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.seals.seals.map((seal) => seal.ok)).toEqual([true]);
  });

  it('given an event back-dated into history (chain and head consistent), the walk reports it out of order and before the seal, which no longer holds', async () => {
    const position = appendBackDated('licence-a', longBefore());
    expect(position).toBe(6);
    const report = await withStoreOn(file, (store) => verifyEventStore(store));
    expect(report.ok).toBe(false);
    expect(kinds(report.problems)).toEqual([
      ['recorded-at-out-of-order', 'licence-a', 2, 6],
      ['recorded-before-seal', 'licence-a', 2, 6],
    ]);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'recorded-at-out-of-order',
        message: `stream licence-a revision 2 (position 6): recorded at ${longBefore()}, earlier than stream licence-b revision 1 (position 5, recorded at ${recordedAt[5]}) before it in the log: back-dated or inserted out of order`,
      }),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'recorded-before-seal',
        sealDigest,
        message: `stream licence-a revision 2 (position 6): recorded at ${longBefore()}, before the seal ${sealDigest} (recorded at ${recordedAt[4]}, position 4) that precedes it in the log: back-dated, inserted after the seal`,
      }),
    );
    // The seal's own heads are untouched, yet it no longer holds: what it proves about the past has been added to.
    expect(report.seals.seals).toEqual([expect.objectContaining({ digest: sealDigest, ok: false })]);
  });

  it('given the same event, the check of given streams reports it too, in the words of the walk narrowed to them', async () => {
    appendBackDated('licence-a', longBefore());
    const streams = ['licence-a', SEAL_STREAM];
    const { byStream, byWalk } = await withStoreOn(file, async (store) => ({
      byStream: await verifyStreams(store, streams),
      byWalk: await verifyEventStore(store, { streamPrefixes: streams }),
    }));
    expect(kinds(byStream.problems)).toEqual([
      ['recorded-at-out-of-order', 'licence-a', 2, 6],
      ['recorded-before-seal', 'licence-a', 2, 6],
    ]);
    expect(kinds(byStream.problems)).toEqual(kinds(byWalk.problems));
    expect(byStream.problems.find((problem) => problem.kind === 'recorded-at-out-of-order')?.message).toContain(
      'earlier than stream ledger-seals revision 0 (position 4',
    );
  });

  it('given an event back-dated only past events of other streams after the last seal, the walk finds it and so does a check of those streams', async () => {
    // After the seal and licence-a's own events, but before licence-b's last one.
    const claimed = new Date(Date.parse(recordedAt[5]) - 1).toISOString();
    appendBackDated('licence-a', claimed);
    const walk = await withStoreOn(file, (store) => verifyEventStore(store));
    expect(kinds(walk.problems)).toEqual([['recorded-at-out-of-order', 'licence-a', 2, 6]]);
    expect(walk.seals.seals[0].ok).toBe(true);
    const both = await withStoreOn(file, (store) => verifyStreams(store, ['licence-a', 'licence-b']));
    expect(kinds(both.problems)).toEqual([['recorded-at-out-of-order', 'licence-a', 2, 6]]);
  });

  it('given a store whose writers have their own clocks, judges the order within streams and against seals, with a tolerance', async () => {
    appendBackDated('licence-b', longBefore());
    const unordered = (store: SqliteEventStore): EventStore => Object.assign(Object.create(store) as EventStore, { recordedAtIsMonotonic: false });
    const report = await withStoreOn(file, (store) => verifyEventStore(unordered(store)));
    expect(kinds(report.problems)).toEqual([
      ['recorded-at-out-of-order', 'licence-b', 2, 6],
      ['recorded-before-seal', 'licence-b', 2, 6],
    ]);
    expect(report.problems.find((problem) => problem.kind === 'recorded-at-out-of-order')?.message).toContain('earlier than its revision 1 (position 5');
  });

  it('keeps recordedAt monotonic across processes sharing the file, even when one clock runs behind the newest event', async () => {
    const first = new SqliteEventStore({ file });
    const second = new SqliteEventStore({ file });
    try {
      await first.append('licence-c', [{ type: 'Noted', data: {} }], { expectedRevision: 'no_stream', metadata: contractMetadata });
      await pause(3);
      const ahead = await second.append('licence-d', [{ type: 'Noted', data: {} }], { expectedRevision: 'no_stream', metadata: contractMetadata });
      const behind = jest.spyOn(Date, 'now').mockReturnValue(Date.parse(ahead.events[0].metadata.recordedAt) - 60_000);
      try {
        const later = await first.append('licence-c', [{ type: 'Noted', data: {} }], { expectedRevision: 0, metadata: contractMetadata });
        expect(later.events[0].metadata.recordedAt >= ahead.events[0].metadata.recordedAt).toBe(true);
      } finally {
        behind.mockRestore();
      }
      expect((await verifyEventStore(first)).ok).toBe(true);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('is marked monotonic, also through the upcasting view', async () => {
    await withStoreOn(file, async (store) => {
      expect(store.recordedAtIsMonotonic).toBe(true);
      const upcasting = new UpcastingEventStore(store, new UpcasterRegistry());
      expect(upcasting.recordedAtIsMonotonic).toBe(true);
      expect(await upcasting.eventCount?.()).toBe(5);
    });
  });

  describe('counting the log', () => {
    it('holds every position up to the head, counted up to a position in one snapshot', async () => {
      await withStoreOn(file, async (store) => {
        expect(await store.eventCount()).toBe(5);
        expect(await store.eventCount(3)).toBe(3);
        expect(await checkLogContinuity(store)).toBeUndefined();
      });
    });

    it('given a whole stream deleted with its recorded head, finds events missing from the log without walking it', async () => {
      tamperWith(file, (db) => {
        db.prepare('DELETE FROM events WHERE stream_id = ?').run('licence-a');
        db.prepare('DELETE FROM stream_heads WHERE stream_id = ?').run('licence-a');
      });
      await withStoreOn(file, async (store) => {
        expect(await store.eventCount()).toBe(3);
        expect(await checkLogContinuity(store)).toEqual({
          kind: 'log-has-gaps',
          streamId: WHOLE_LOG,
          streamRevision: -1,
          message: '2 event(s) missing somewhere in the global log (deleted); run `era verify` to locate them',
        });
        // The streams that are left hold together: only the count (or the seal, for licence-a) tells.
        expect((await verifyStreams(store, ['licence-b'])).ok).toBe(true);
      });
    });
  });
});
