import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyEventStore } from '@era/ledger-integrity';
import { contractMetadata, describeEventStoreContract } from '@era/event-store/testing';
import { SqliteEventStore } from './sqlite-event-store';
import { tamperWith } from './testing/tamper';
import { withStoreOn } from './testing/with-store';

describeEventStoreContract(
  'SQLite',
  {
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'era-es-'));
      const store = new SqliteEventStore({ file: join(dir, 'events.sqlite'), pollIntervalMs: 20 });
      return {
        store,
        dispose: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  verifyEventStore,
);

describe('SQLite event store: tamper evidence on the file', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'era-tamper-'));
    file = join(dir, 'events.sqlite');
    const store = new SqliteEventStore({ file });
    for (const streamId of ['desk-inquiry-a', 'desk-inquiry-b']) {
      await store.append(streamId, [{ type: 'InquiryRecorded', data: { minutes: 3 } }], { expectedRevision: 'no_stream', metadata: contractMetadata });
      await store.append(streamId, [{ type: 'InquiryVoided', data: { reason: 'typo' } }], { expectedRevision: 0, metadata: contractMetadata });
      await store.append(streamId, [{ type: 'InquiryNoted', data: { note: 'x' } }], { expectedRevision: 1, metadata: contractMetadata });
    }
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const tamper = (sql: string) => tamperWith(file, (db) => db.exec(sql));
  const verify = () => withStoreOn(file, (store) => verifyEventStore(store));

  it('finds an untouched file intact', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true, eventsChecked: 6, streamsChecked: 2, problems: [] });
  });

  it('refuses updates and deletes through SQL while the triggers stand', () => {
    const db = new Database(file);
    expect(() => db.exec("UPDATE events SET data = '{}'")).toThrow(/immutable/);
    expect(() => db.exec('DELETE FROM events')).toThrow(/never deleted/);
    db.close();
  });

  it('names the stream and revision of an edited event', async () => {
    tamper(`UPDATE events SET data = '{"minutes":30}' WHERE stream_id = 'desk-inquiry-b' AND stream_revision = 0`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ kind: 'hash-mismatch', streamId: 'desk-inquiry-b', streamRevision: 0 });
  });

  it('names the stream and revision where a deleted middle event is missing', async () => {
    tamper(`DELETE FROM events WHERE stream_id = 'desk-inquiry-a' AND stream_revision = 1`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'revision-out-of-sequence', streamId: 'desk-inquiry-a', streamRevision: 2 })]),
    );
  });

  it('notices a stream whose last event was deleted', async () => {
    tamper(`DELETE FROM events WHERE stream_id = 'desk-inquiry-b' AND stream_revision = 2`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'stream-head-missing-events', streamId: 'desk-inquiry-b', streamRevision: 2 })]),
    );
  });

  it('notices two events of a stream swapped in place', async () => {
    tamper(`
      UPDATE events SET stream_revision = -1 WHERE stream_id = 'desk-inquiry-a' AND stream_revision = 0;
      UPDATE events SET stream_revision = 0 WHERE stream_id = 'desk-inquiry-a' AND stream_revision = 1;
      UPDATE events SET stream_revision = 1 WHERE stream_id = 'desk-inquiry-a' AND stream_revision = -1;`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ streamId: 'desk-inquiry-a' });
  });

  it('keeps every acknowledged append after the store is reopened', async () => {
    const reopened = new SqliteEventStore({ file });
    expect(await reopened.headPosition()).toBe(6);
    await reopened.close();
  });
});
