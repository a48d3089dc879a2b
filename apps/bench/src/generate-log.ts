import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { MS_PER_DAY, MS_PER_HOUR } from '@era/calendar';
import { headcountStream, HeadcountRecorded, inquiryStream } from '@era/desk-domain';
import { EventData, NewEvent, prepareAppend, PreparedEvent } from '@era/event-store';
import { eventRowValues, INSERT_EVENT, SqliteEventStore, UPSERT_STREAM_HEAD } from '@era/event-store-sqlite';
import { LOCATIONS, Rng, sampleInquiry, sampleMetadata, VOID_REASONS } from './desk-samples';
import { nowMs } from './timing';

/** What the projection must end up with, to check the replay against. */
export interface ExpectedTotals {
  inquiries: number;
  minutes: number;
  headcount: number;
}

export interface GeneratedLog {
  file: string;
  events: number;
  streams: number;
  counts: Record<'InquiryRecorded' | 'InquiryVoided' | 'HeadcountRecorded' | 'HeadcountVoided', number>;
  expected: ExpectedTotals;
  firstRecordedAt: string;
  lastRecordedAt: string;
  seconds: number;
  fileBytes: number;
}

const START = Date.UTC(2023, 8, 1);
const DAYS = 731;
const EVENTS_PER_TRANSACTION = 20_000;
/** Share of weekday traffic on Mon…Sun, and of term-time traffic per month (Jan…Dec). */
const WEEKDAY_FACTOR = [1, 1, 1, 0.95, 0.85, 0.45, 0.25];
const MONTH_FACTOR = [0.8, 1.1, 1.15, 1.1, 1, 0.7, 0.4, 0.45, 1.2, 1.15, 1.1, 0.6];
/** Desk traffic per UTC hour: open 08:00–22:00, busiest late morning and early afternoon. */
const HOUR_WEIGHTS = [0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 9, 11, 10, 11, 11, 10, 8, 6, 5, 4, 3, 2, 0, 0];
const HOURS = HOUR_WEIGHTS.map((_, hour) => hour);
const COUNTED_LOCATIONS = LOCATIONS.filter((location) => location !== 'Virtual Reference');

type PoolEntry = { id: string; hash: string; amount: number };

/**
 * Writes `total` desk events spread over two academic years straight into a fresh SQLite event log, in the
 * adapter's own schema (the adapter creates the file) with envelopes and hash chains from `prepareAppend`, in big
 * transactions: ~95% InquiryRecorded, ~3% InquiryVoided of a recent inquiry, ~2% HeadcountRecorded, a few
 * HeadcountVoided. recordedAt never goes backwards, as in a real log.
 */
export async function generateLog(file: string, total: number, onProgress?: (written: number) => void): Promise<GeneratedLog> {
  const started = nowMs();
  const rng = new Rng(20230901);
  const store = new SqliteEventStore({ file });
  const db = store.database;
  db.pragma('cache_size = -131072');
  const insert = db.prepare(INSERT_EVENT);
  const upsertHead = db.prepare(UPSERT_STREAM_HEAD);

  const counts = { InquiryRecorded: 0, InquiryVoided: 0, HeadcountRecorded: 0, HeadcountVoided: 0 };
  const expected: ExpectedTotals = { inquiries: 0, minutes: 0, headcount: 0 };
  const inquiries: PoolEntry[] = [];
  const headcounts: PoolEntry[] = [];
  let written = 0;
  let firstRecordedAt = '';
  let lastRecordedAt = '';

  const write = (
    streamId: string,
    revision: number,
    previousHash: string | undefined,
    event: NewEvent<EventData>,
    reason: string | undefined,
    at: number,
  ): PreparedEvent => {
    const [prepared] = prepareAppend(streamId, [event], sampleMetadata(rng, reason), { revision, hash: previousHash }, new Date(at));
    insert.run(...eventRowValues(prepared));
    upsertHead.run(streamId, prepared.streamRevision, prepared.hash);
    counts[event.type as keyof typeof counts] += 1;
    if (written === 0) firstRecordedAt = prepared.metadata.recordedAt;
    lastRecordedAt = prepared.metadata.recordedAt;
    if (++written % EVENTS_PER_TRANSACTION === 0) {
      db.exec('COMMIT');
      onProgress?.(written);
      db.exec('BEGIN');
    }
    return prepared;
  };

  const remember = (pool: PoolEntry[], entry: PoolEntry) => {
    if (pool.length < 5000) pool.push(entry);
    else pool[rng.int(0, pool.length - 1)] = entry;
  };
  const takeRandom = (pool: PoolEntry[]): PoolEntry => {
    const index = rng.int(0, pool.length - 1);
    const entry = pool[index];
    pool[index] = pool[pool.length - 1];
    pool.pop();
    return entry;
  };

  const one = (at: number) => {
    const r = rng.next();
    if (r < 0.03 && inquiries.length > 0) {
      const voided = takeRandom(inquiries);
      write(
        inquiryStream(voided.id),
        0,
        voided.hash,
        { type: 'InquiryVoided', data: { inquiryId: voided.id, reason: rng.pick(VOID_REASONS) } },
        'correction',
        at,
      );
      expected.inquiries -= 1;
      expected.minutes -= voided.amount;
    } else if (r < 0.05) {
      const headcount: HeadcountRecorded = {
        headcountId: randomUUID(),
        location: rng.pick(COUNTED_LOCATIONS),
        countedAt: new Date(Math.floor((at - rng.int(0, 5) * 60_000) / 60_000) * 60_000).toISOString(),
        count: rng.int(5, 400),
      };
      const prepared = write(headcountStream(headcount.headcountId), -1, undefined, { type: 'HeadcountRecorded', data: headcount }, undefined, at);
      remember(headcounts, { id: headcount.headcountId, hash: prepared.hash, amount: headcount.count });
      expected.headcount += headcount.count;
    } else if (r < 0.0505 && headcounts.length > 0) {
      const voided = takeRandom(headcounts);
      write(
        headcountStream(voided.id),
        0,
        voided.hash,
        { type: 'HeadcountVoided', data: { headcountId: voided.id, reason: 'counted twice' } },
        'correction',
        at,
      );
      expected.headcount -= voided.amount;
    } else {
      const inquiry = sampleInquiry(rng, at);
      const prepared = write(inquiryStream(inquiry.inquiryId), -1, undefined, { type: 'InquiryRecorded', data: inquiry }, undefined, at);
      remember(inquiries, { id: inquiry.inquiryId, hash: prepared.hash, amount: inquiry.durationMinutes });
      expected.inquiries += 1;
      expected.minutes += inquiry.durationMinutes;
    }
  };

  const dayWeights = Array.from({ length: DAYS }, (_, day) => {
    const date = new Date(START + day * MS_PER_DAY);
    return WEEKDAY_FACTOR[(date.getUTCDay() + 6) % 7] * MONTH_FACTOR[date.getUTCMonth()];
  });
  const weightTotal = dayWeights.reduce((a, b) => a + b, 0);

  db.exec('BEGIN');
  try {
    let cumulative = 0;
    for (let day = 0; day < DAYS; day++) {
      cumulative += dayWeights[day];
      const perDay = Math.round((cumulative / weightTotal) * total) - written;
      const times = new Float64Array(perDay);
      for (let i = 0; i < perDay; i++) times[i] = START + day * MS_PER_DAY + rng.pick(HOURS, HOUR_WEIGHTS) * MS_PER_HOUR + Math.floor(rng.next() * MS_PER_HOUR);
      times.sort();
      for (const at of times) one(at);
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  if (written % EVENTS_PER_TRANSACTION !== 0) onProgress?.(written);
  const streams = (db.prepare('SELECT count(*) AS n FROM stream_heads').get() as { n: number }).n;
  await store.close();
  return {
    file,
    events: written,
    streams,
    counts,
    expected,
    firstRecordedAt,
    lastRecordedAt,
    seconds: (nowMs() - started) / 1000,
    fileBytes: statSync(file).size,
  };
}
