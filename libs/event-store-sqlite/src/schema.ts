import { PreparedEvent } from '@era/event-store';

/**
 * The event log. Positions come from AUTOINCREMENT inside the append transaction, so they are gap-free: a rolled
 * back append gives its number back. Triggers refuse UPDATE and DELETE: history is only ever appended to.
 */
export const EVENT_LOG_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  global_position INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id        TEXT    NOT NULL UNIQUE,
  stream_id       TEXT    NOT NULL,
  stream_revision INTEGER NOT NULL,
  type            TEXT    NOT NULL,
  schema_version  INTEGER NOT NULL,
  data            TEXT    NOT NULL,
  metadata        TEXT    NOT NULL,
  previous_hash   TEXT    NOT NULL,
  hash            TEXT    NOT NULL,
  UNIQUE (stream_id, stream_revision)
);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, global_position);
CREATE TABLE IF NOT EXISTS stream_heads (
  stream_id TEXT PRIMARY KEY,
  revision  INTEGER NOT NULL,
  hash      TEXT    NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS events_are_immutable BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are immutable: record a correction instead'); END;
CREATE TRIGGER IF NOT EXISTS events_are_never_deleted BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are never deleted'); END;
`;

export interface EventRow {
  global_position: number;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  previous_hash: string;
  hash: string;
}

/**
 * An event as a row of `events`, and its stream's head: how the adapter appends, and how whatever writes rows
 * directly (the bench's bulk load, the tamper helper's forgeries) writes exactly the same rows.
 */
export const INSERT_EVENT = `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, previous_hash, hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export const UPSERT_STREAM_HEAD = `INSERT INTO stream_heads (stream_id, revision, hash) VALUES (?, ?, ?)
  ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, hash = excluded.hash`;

/** The values of INSERT_EVENT for a prepared event, in its column order (`dataJson`: its data as JSON, when already made). */
export const eventRowValues = (event: PreparedEvent, dataJson: string = JSON.stringify(event.data)) =>
  [
    event.eventId,
    event.streamId,
    event.streamRevision,
    event.type,
    event.schemaVersion,
    dataJson,
    JSON.stringify(event.metadata),
    event.previousHash,
    event.hash,
  ] as const;
