import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SpilledStream, StreamState, StreamStateSpill } from '@era/ledger-integrity';

// One row per stream, keyed by its id in UTF-16BE (whose bytes compare as UTF-16 code units, the order seals digest
// heads in): one B-tree, no index to keep. A category is listed by one scan in key order, once per seal that needs it.
const SCHEMA = `
  CREATE TABLE streams (
    key BLOB PRIMARY KEY,
    stream_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    hash TEXT NOT NULL,
    altered_content_hash TEXT,
    recorded_at_ms INTEGER,
    recorded_revision INTEGER,
    recorded_position INTEGER,
    category TEXT
  ) WITHOUT ROWID;`;

interface Row {
  stream_id: string;
  revision: number;
  hash: string;
  altered_content_hash: string | null;
  recorded_at_ms: number | null;
  recorded_revision: number | null;
  recorded_position: number | null;
}

/** Page cache of the spill: enough for the upper levels of the tree, small beside the memory it saves. */
const CACHE_KIB = 8 * 1024;

const COLUMNS = 'stream_id, revision, hash, altered_content_hash, recorded_at_ms, recorded_revision, recorded_position';

/**
 * The spill in a temporary SQLite file, deleted on close. Nothing in it must survive a crash (a run that dies starts
 * over), so it is written without journal or fsync; each batch is one transaction.
 */
export class SqliteStreamStateSpill implements StreamStateSpill {
  private readonly dir: string;
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[Buffer], Row>;
  private readonly upsert: Database.Statement;
  private readonly byCategory: Database.Statement<[string], Row>;
  private readonly saveAll: (streams: readonly SpilledStream[]) => void;

  /** Opens an empty spill in a new folder under `parentDir` (the system's temporary folder by default). */
  constructor(parentDir: string = tmpdir()) {
    this.dir = mkdtempSync(join(parentDir, 'era-verify-'));
    this.db = new Database(join(this.dir, 'stream-states.sqlite'));
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma(`cache_size = -${CACHE_KIB}`);
    this.db.exec(SCHEMA);
    this.select = this.db.prepare(`SELECT ${COLUMNS} FROM streams WHERE key = ?`);
    this.upsert = this.db.prepare(`INSERT OR REPLACE INTO streams (key, ${COLUMNS}, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.byCategory = this.db.prepare(`SELECT ${COLUMNS} FROM streams WHERE category = ? ORDER BY key`);
    this.saveAll = this.db.transaction((streams: readonly SpilledStream[]) => {
      // In key order, so that neighbouring rows go to the same pages.
      const keyed = streams.map((stream) => ({ key: utf16BigEndian(stream.streamId), stream })).sort((a, b) => Buffer.compare(a.key, b.key));
      for (const { key, stream } of keyed) {
        const { streamId, state, category } = stream;
        const { recorded } = state;
        this.upsert.run(
          key,
          streamId,
          state.revision,
          state.hash,
          state.alteredContentHash ?? null,
          recorded?.atMs ?? null,
          recorded?.revision ?? null,
          recorded?.position ?? null,
          category ?? null,
        );
      }
    });
  }

  load(streamIds: readonly string[]): Map<string, StreamState> {
    const found = new Map<string, StreamState>();
    if (streamIds.length === 0) return found;
    // One lookup each, in one read transaction: the walk asks only about streams it has sent here (or a few false positives).
    this.db.exec('BEGIN');
    try {
      for (const streamId of streamIds) {
        const row = this.select.get(utf16BigEndian(streamId));
        if (row) found.set(streamId, stateOf(row));
      }
    } finally {
      this.db.exec('COMMIT');
    }
    return found;
  }

  save(streams: readonly SpilledStream[]): void {
    this.saveAll(streams);
  }

  *streamsOfCategory(category: string): Iterable<{ streamId: string; state: StreamState }> {
    for (const row of this.byCategory.iterate(category)) yield { streamId: row.stream_id, state: stateOf(row) };
  }

  close(): void {
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function stateOf(row: Row): StreamState {
  const state: StreamState = { revision: row.revision, hash: row.hash };
  if (row.altered_content_hash !== null) state.alteredContentHash = row.altered_content_hash;
  if (row.recorded_at_ms !== null) state.recorded = { atMs: row.recorded_at_ms, revision: row.recorded_revision ?? 0, position: row.recorded_position ?? 0 };
  return state;
}

/** The id's UTF-16 code units, big-endian: byte order is then code-unit order, as RFC 8785 sorts keys. */
function utf16BigEndian(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}
