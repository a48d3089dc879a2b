import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { inquiryStream } from '@era/desk-domain';
import { prepareAppend } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { Rng, sampleInquiry, sampleMetadata } from './desk-samples';
import { nowMs, timedLoop, TimedLoopResult } from './timing';

export interface AppendRates {
  adapter: TimedLoopResult;
  raw: TimedLoopResult;
  /** The same two loops with synchronous=OFF (no fsync): what is left is CPU and SQLite page work. */
  adapterNoSync: TimedLoopResult;
  rawNoSync: TimedLoopResult;
  /** Average stored bytes of an adapter row (text columns), which the raw rows are padded to. */
  rowBytes: number;
  /** CPU cost of building one envelope (prepareAppend: JSON round trips, canonical JSON, SHA-256), no I/O. */
  prepareMicros: number;
  /** CONCURRENT_WRITERS writers appending at once, each to streams of its own (group commit), durably. */
  concurrent: ConcurrentAppends;
}

export interface ConcurrentAppends {
  writers: number;
  appends: number;
  perSecond: number;
  /** Appends per shared transaction (and fsync). */
  appendsPerCommit: number;
}

/** The "64 concurrent writers" (goal: at least 3 times the raw single-row transaction rate, same durability). */
export const CONCURRENT_WRITERS = 64;

async function measureConcurrentAppends(dir: string, seconds: number, rng: Rng): Promise<ConcurrentAppends> {
  const store = new SqliteEventStore({ file: join(dir, 'append-adapter-concurrent.sqlite') });
  const append = () => {
    const inquiry = sampleInquiry(rng, Date.now());
    return store.append(inquiryStream(inquiry.inquiryId), [{ type: 'InquiryRecorded', data: inquiry }], {
      expectedRevision: 'no_stream',
      metadata: sampleMetadata(rng),
    });
  };
  for (let i = 0; i < 50; i++) await append();
  const before = store.groupCommitCounts();
  const start = nowMs();
  const end = start + seconds * 1000;
  let appends = 0;
  await Promise.all(
    Array.from({ length: CONCURRENT_WRITERS }, async () => {
      while (nowMs() < end) {
        await append();
        appends += 1;
      }
    }),
  );
  const elapsed = (nowMs() - start) / 1000;
  const after = store.groupCommitCounts();
  await store.close();
  return {
    writers: CONCURRENT_WRITERS,
    appends,
    perSecond: appends / elapsed,
    appendsPerCommit: (after.appends - before.appends) / (after.commits - before.commits),
  };
}

/**
 * Durable single-event appends: the adapter (one InquiryRecorded to a new stream per append, each its own
 * transaction and fsync) against the floor set by SQLite itself (one INSERT per transaction, same pragmas, same
 * file system, rows of the same size).
 */
export async function measureAppendRates(dir: string, seconds: number): Promise<AppendRates> {
  const rng = new Rng(7);
  const adapterRun = async (file: string, synchronous: 'FULL' | 'OFF') => {
    const store = new SqliteEventStore({ file: join(dir, file) });
    // The adapter sets FULL itself; OFF is only for the no-fsync reference.
    if (synchronous === 'OFF') store.database.pragma('synchronous = OFF');
    const result = await timedLoop(seconds, () => {
      const inquiry = sampleInquiry(rng, Date.now());
      return store.append(inquiryStream(inquiry.inquiryId), [{ type: 'InquiryRecorded', data: inquiry }], {
        expectedRevision: 'no_stream',
        metadata: sampleMetadata(rng),
      });
    });
    return { store, result };
  };
  const { store, result: adapter } = await adapterRun('append-adapter.sqlite', 'FULL');
  const { rowBytes } = store.database
    .prepare(
      `SELECT avg(length(event_id) + length(stream_id) + length(type) + length(data) + length(metadata)
                  + length(previous_hash) + length(hash)) AS rowBytes FROM events`,
    )
    .get() as { rowBytes: number };
  await store.close();

  const payload = 'x'.repeat(Math.max(1, Math.round(rowBytes) - 36));
  const rawRun = async (file: string, synchronous: 'FULL' | 'OFF') => {
    const db = new Database(join(dir, file));
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous}`);
    db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO rows (key, payload) VALUES (?, ?)');
    const insertOne = db.transaction((key: string, value: string) => insert.run(key, value));
    const result = await timedLoop(seconds, () => insertOne.immediate(randomUUID(), payload));
    db.close();
    return result;
  };
  const raw = await rawRun('append-raw.sqlite', 'FULL');

  const noSync = await adapterRun('append-adapter-nosync.sqlite', 'OFF');
  await noSync.store.close();
  const rawNoSync = await rawRun('append-raw-nosync.sqlite', 'OFF');

  const concurrent = await measureConcurrentAppends(dir, seconds, rng);
  return { adapter, raw, adapterNoSync: noSync.result, rawNoSync, rowBytes, prepareMicros: measurePrepareAppend(rng), concurrent };
}

function measurePrepareAppend(rng: Rng): number {
  const inputs = Array.from({ length: 20_000 }, () => ({ inquiry: sampleInquiry(rng, Date.now()), metadata: sampleMetadata(rng) }));
  const start = nowMs();
  for (const { inquiry, metadata } of inputs) {
    prepareAppend(inquiryStream(inquiry.inquiryId), [{ type: 'InquiryRecorded', data: inquiry }], metadata, { revision: -1, hash: undefined });
  }
  return ((nowMs() - start) * 1000) / inputs.length;
}
