import Database from 'better-sqlite3';
import { AppendMetadata, EventData, hashEvent, NewEvent, NO_STREAM_REVISION, prepareAppend, PreparedEvent } from '@era/event-store';
import { EventRow, eventRowValues, INSERT_EVENT, UPSERT_STREAM_HEAD } from '../schema';

/**
 * Tampering with a SQLite event log as someone with the file could, for the tests that show it is found out. Each
 * helper takes the file's path (opened and closed around the change, as a separate process would) or an open
 * connection (the store's own, left open).
 */
export type EventLogFile = string | Database.Database;

type DataChange = (data: Record<string, unknown>) => Record<string, unknown>;

/** What an intruder with the file would do: lift the triggers that forbid changing and deleting events, then change rows. */
export function tamperWith(target: EventLogFile, change: (db: Database.Database) => void): void {
  withConnection(target, (db) => {
    db.exec('DROP TRIGGER IF EXISTS events_are_immutable; DROP TRIGGER IF EXISTS events_are_never_deleted;');
    change(db);
  });
}

/** A careless intruder: changes one event's data and leaves its hash, which no longer matches. */
export function editEvent(db: Database.Database, streamId: string, revision: number, change: DataChange): void {
  const row = eventRow(db, streamId, revision);
  db.prepare('UPDATE events SET data = ? WHERE global_position = ?').run(JSON.stringify(change(JSON.parse(row.data))), row.global_position);
}

/** A less careless one: changes one event's data and recomputes its hash, so only the next link of its chain breaks. */
export function rehashEvent(db: Database.Database, streamId: string, revision: number, change: DataChange): void {
  const row = eventRow(db, streamId, revision);
  rewriteRow(db, row, change(JSON.parse(row.data)), row.previous_hash);
}

/**
 * A careful intruder: changes one event's data, then recomputes the hash of it and of every later event of its
 * stream, and the recorded stream head, so that every chain still holds together. `D` is what the caller knows the
 * event's data to be (a seal, say): the row's JSON is handed over as such.
 */
export function rewriteStream<D extends object = Record<string, unknown>>(
  db: Database.Database,
  streamId: string,
  revision: number,
  change: (data: D) => object,
): void {
  const rows = db.prepare('SELECT * FROM events WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision').all(streamId, revision) as EventRow[];
  if (rows.length === 0) throw new Error(`no event ${streamId} revision ${revision} to rewrite`);
  let previousHash = rows[0].previous_hash;
  for (const [index, row] of rows.entries()) {
    previousHash = rewriteRow(db, row, index === 0 ? change(JSON.parse(row.data)) : JSON.parse(row.data), previousHash);
  }
  db.prepare('UPDATE stream_heads SET hash = ? WHERE stream_id = ?').run(previousHash, streamId);
}

/**
 * A careful intruder appending: an event whose recordedAt lies in the past, chained onto the stream's head with
 * correct hashes (prepareAppend, as the store itself would), the recorded head moved onto it. No trigger stands in
 * the way: appending is what the table allows. Answers the event and the global position it got.
 */
export function appendBackDated(
  target: EventLogFile,
  streamId: string,
  event: NewEvent<EventData>,
  metadata: AppendMetadata,
  claimedRecordedAt: string | Date,
): { event: PreparedEvent; globalPosition: number } {
  return withConnection(target, (db) => {
    const head = db.prepare('SELECT revision, hash FROM stream_heads WHERE stream_id = ?').get(streamId) as { revision: number; hash: string } | undefined;
    const [forged] = prepareAppend(streamId, [event], metadata, head ?? { revision: NO_STREAM_REVISION, hash: undefined }, new Date(claimedRecordedAt));
    const { lastInsertRowid } = db.prepare(INSERT_EVENT).run(...eventRowValues(forged));
    db.prepare(UPSERT_STREAM_HEAD).run(streamId, forged.streamRevision, forged.hash);
    return { event: forged, globalPosition: Number(lastInsertRowid) };
  });
}

function withConnection<T>(target: EventLogFile, body: (db: Database.Database) => T): T {
  if (typeof target !== 'string') return body(target);
  const db = new Database(target);
  try {
    return body(db);
  } finally {
    db.close();
  }
}

function eventRow(db: Database.Database, streamId: string, revision: number): EventRow {
  const row = db.prepare('SELECT * FROM events WHERE stream_id = ? AND stream_revision = ?').get(streamId, revision) as EventRow | undefined;
  if (!row) throw new Error(`no event ${streamId} revision ${revision} to tamper with`);
  return row;
}

/** Writes the row with the given data and previous hash, and the hash that makes it hold; answers that hash. */
function rewriteRow(db: Database.Database, row: EventRow, data: Record<string, unknown>, previousHash: string): string {
  const hash = hashEvent({
    eventId: row.event_id,
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    type: row.type,
    schemaVersion: row.schema_version,
    data,
    metadata: JSON.parse(row.metadata),
    previousHash,
  });
  db.prepare('UPDATE events SET data = ?, previous_hash = ?, hash = ? WHERE global_position = ?').run(
    JSON.stringify(data),
    previousHash,
    hash,
    row.global_position,
  );
  return hash;
}
