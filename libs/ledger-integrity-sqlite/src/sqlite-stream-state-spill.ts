import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SpilledStream, StreamState, StreamStateSpill } from '@era/ledger-integrity';

// One row per stream; sort_key (the id in UTF-16BE, whose bytes compare as UTF-16 code units) only for listed streams.
const SCHEMA = `
  CREATE TABLE streams (
    stream_id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    hash TEXT NOT NULL,
    altered_content_hash TEXT,
    recorded_at_ms INTEGER,
    recorded_revision INTEGER,
    recorded_position INTEGER,
    category TEXT,
    sort_key BLOB
  ) WITHOUT ROWID;
  CREATE INDEX streams_by_category ON streams (category, sort_key) WHERE category IS NOT NULL;`;

interface Row {
  stream_id: string;
  revision: number;
  hash: string;
  altered_content_hash: string | null;
  recorded_at_ms: number | null;
  recorded_revision: number | null;
  recorded_position: number | null;
}

const COLUMNS = 'stream_id, revision, hash, altered_content_hash, recorded_at_ms, recorded_revision, recorded_position';

/**
 * The spill in a temporary SQLite file, deleted on close. Nothing in it must survive a crash (a run that dies starts
 * over), so it is written without journal or fsync; each batch is one transaction.
 */
export class SqliteStreamStateSpill implements StreamStateSpill {
  private readonly dir: string;
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], Row>;
  private readonly upsert: Database.Statement;
  private readonly byCategory: Database.Statement<[string], Row>;
  private readonly saveAll: (streams: readonly SpilledStream[]) => void;

  /** Opens an empty spill in a new folder under `parentDir` (the system's temporary folder by default). */
  constructor(parentDir: string = tmpdir()) {
    this.dir = mkdtempSync(join(parentDir, 'era-verify-'));
    this.db = new Database(join(this.dir, 'stream-states.sqlite'));
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(SCHEMA);
    this.select = this.db.prepare(`SELECT ${COLUMNS} FROM streams WHERE stream_id IN (SELECT value FROM json_each(?))`);
    this.upsert = this.db.prepare(`INSERT OR REPLACE INTO streams (${COLUMNS}, category, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.byCategory = this.db.prepare(`SELECT ${COLUMNS} FROM streams WHERE category = ? ORDER BY sort_key`);
    this.saveAll = this.db.transaction((streams: readonly SpilledStream[]) => {
      for (const { streamId, state, category } of streams) {
        const { recorded } = state;
        this.upsert.run(
          streamId,
          state.revision,
          state.hash,
          state.alteredContentHash ?? null,
          recorded?.atMs ?? null,
          recorded?.revision ?? null,
          recorded?.position ?? null,
          category ?? null,
          category === undefined ? null : utf16BigEndian(streamId),
        );
      }
    });
  }

  load(streamIds: readonly string[]): Map<string, StreamState> {
    const found = new Map<string, StreamState>();
    if (streamIds.length === 0) return found;
    for (const row of this.select.iterate(JSON.stringify(streamIds))) found.set(row.stream_id, stateOf(row));
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
