import Database from 'better-sqlite3';
import { hashEvent } from '@era/event-store';
import { EventRow } from '../schema';

/** What an intruder with the file would do: lift the immutability triggers, then change rows. */
export function tamperWith(file: string, change: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    db.exec('DROP TRIGGER events_are_immutable; DROP TRIGGER events_are_never_deleted;');
    change(db);
  } finally {
    db.close();
  }
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
  let previousHash = rows[0].previous_hash;
  for (const [index, row] of rows.entries()) {
    const data = index === 0 ? change(JSON.parse(row.data)) : JSON.parse(row.data);
    const hash = hashEvent({
      eventId: row.event_id,
      streamId,
      streamRevision: row.stream_revision,
      type: row.type,
      schemaVersion: row.schema_version,
      data,
      metadata: JSON.parse(row.metadata),
      previousHash,
    });
    db.prepare('UPDATE events SET data = ?, previous_hash = ?, hash = ? WHERE global_position = ?').run(JSON.stringify(data), previousHash, hash, row.global_position);
    previousHash = hash;
  }
  db.prepare('UPDATE stream_heads SET hash = ? WHERE stream_id = ?').run(previousHash, streamId);
}
