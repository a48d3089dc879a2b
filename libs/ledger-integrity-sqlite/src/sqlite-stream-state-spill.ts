import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SpilledStream, StreamState, StreamStateSpill } from '@era/ledger-integrity';
import { keyOfStreamId, streamIdOfKey } from './ordered-stream-key';

// One row per stream, keyed by its id in a byte encoding that sorts as UTF-16 code units (the order seals digest
// heads in) and takes one byte per ASCII character: one B-tree, no index to keep, the id read back from the key.
// The hash as its 32 bytes where it is SHA-256 hex (text otherwise), the category as a number: ~100-byte rows.
// A category is listed by one scan in key order, once per seal that needs it.
const SCHEMA = `
  CREATE TABLE streams (
    key BLOB PRIMARY KEY,
    revision INTEGER NOT NULL,
    hash BLOB NOT NULL,
    altered_content_hash TEXT,
    recorded_at_ms INTEGER,
    recorded_revision INTEGER,
    recorded_position INTEGER,
    category INTEGER
  ) WITHOUT ROWID;`;

interface Row {
  key: Buffer;
  revision: number;
  hash: Buffer | string;
  altered_content_hash: string | null;
  recorded_at_ms: number | null;
  recorded_revision: number | null;
  recorded_position: number | null;
}

/** Page cache of the spill: the upper levels of the tree and the leaves a sorted batch is writing, small beside what it saves. */
const CACHE_KIB = 8 * 1024;

const COLUMNS = 'key, revision, hash, altered_content_hash, recorded_at_ms, recorded_revision, recorded_position';
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The spill in a temporary SQLite file, deleted on close. Nothing in it must survive a crash (a run that dies starts
 * over), so it is written without journal or fsync; each batch is one transaction.
 */
export class SqliteStreamStateSpill implements StreamStateSpill {
  private readonly dir: string;
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[Buffer], Row>;
  private readonly upsert: Database.Statement;
  private readonly byCategory: Database.Statement<[number], Row>;
  private readonly saveAll: (streams: readonly SpilledStream[]) => void;
  /** The categories' numbers in this file. */
  private readonly categories = new Map<string, number>();

  /** Opens an empty spill in a new folder under `parentDir` (the system's temporary folder by default). */
  constructor(parentDir: string = tmpdir()) {
    this.dir = mkdtempSync(join(parentDir, 'era-verify-'));
    this.db = new Database(join(this.dir, 'stream-states.sqlite'));
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma(`cache_size = -${CACHE_KIB}`);
    this.db.exec(SCHEMA);
    this.select = this.db.prepare(`SELECT ${COLUMNS} FROM streams WHERE key = ?`);
    this.upsert = this.db.prepare(`INSERT OR REPLACE INTO streams (${COLUMNS}, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.byCategory = this.db.prepare(`SELECT ${COLUMNS} FROM streams WHERE category = ? ORDER BY key`);
    this.saveAll = this.db.transaction((streams: readonly SpilledStream[]) => {
      // In key order, so that neighbouring rows go to the same pages (the caller mostly gives them sorted already).
      const keyed = streams.map((stream) => ({ key: keyOfStreamId(stream.streamId), stream })).sort((a, b) => Buffer.compare(a.key, b.key));
      for (const { key, stream } of keyed) {
        const { state, category } = stream;
        const { recorded } = state;
        this.upsert.run(
          key,
          state.revision,
          SHA256_HEX.test(state.hash) ? Buffer.from(state.hash, 'hex') : state.hash,
          state.alteredContentHash ?? null,
          recorded?.atMs ?? null,
          recorded?.revision ?? null,
          recorded?.position ?? null,
          category === undefined ? null : this.numberOf(category),
        );
      }
    });
  }

  load(streamIds: readonly string[]): Map<string, StreamState> {
    const found = new Map<string, StreamState>();
    if (streamIds.length === 0) return found;
    // One lookup each, in key order, in one read transaction: the walk asks only about streams it has sent here (or a few false positives).
    const keys = streamIds.map(keyOfStreamId).sort(Buffer.compare);
    this.db.exec('BEGIN');
    try {
      for (const key of keys) {
        const row = this.select.get(key);
        if (row) found.set(streamIdOfKey(row.key), stateOf(row));
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
    const number = this.categories.get(category);
    if (number === undefined) return;
    for (const row of this.byCategory.iterate(number)) yield { streamId: streamIdOfKey(row.key), state: stateOf(row) };
  }

  close(): void {
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private numberOf(category: string): number {
    let number = this.categories.get(category);
    if (number === undefined) this.categories.set(category, (number = this.categories.size));
    return number;
  }
}

function stateOf(row: Row): StreamState {
  const state: StreamState = { revision: row.revision, hash: typeof row.hash === 'string' ? row.hash : row.hash.toString('hex') };
  if (row.altered_content_hash !== null) state.alteredContentHash = row.altered_content_hash;
  if (row.recorded_at_ms !== null) state.recorded = { atMs: row.recorded_at_ms, revision: row.recorded_revision ?? 0, position: row.recorded_position ?? 0 };
  return state;
}
