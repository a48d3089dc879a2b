import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { inquiryStream } from '@era/desk-domain';
import { prepareAppend, PreparedEvent } from '@era/event-store';
import { eventRowValues, INSERT_EVENT, SqliteEventStore, UPSERT_STREAM_HEAD } from '@era/event-store-sqlite';
import {
  categoryOf,
  categorySealDigest,
  headsDigestOf,
  LEDGER_SEALED,
  LEDGER_SEALED_SCHEMA_VERSION,
  LedgerSealedByCategory,
  SEAL_STREAM,
  verifyEventStore,
} from '@era/ledger-integrity';
import { SqliteStreamStateSpill } from '@era/ledger-integrity-sqlite';
import { runInForkedChild } from './child-entry';
import { Rng, sampleInquiry, sampleMetadata, VOID_REASONS } from './desk-samples';
import { MemoryFigures, MemorySampler } from './memory-sampler';
import { measure, ReplayFigures } from './replay-rate';
import { nowMs } from './timing';

/** The goal of issue 13: verification's peak RSS, whatever the number of streams. */
export const VERIFY_RSS_LIMIT_BYTES = 256 * 1024 * 1024;
const START = Date.UTC(2024, 0, 1);
const EVENTS_PER_TRANSACTION = 20_000;
/** One stream in four gets a second event (voided), some time after its first. */
const VOIDED_SHARE = 0.25;

export interface StreamsLog {
  file: string;
  streams: number;
  events: number;
  /** Where the seal (of the first half's streams, by heads digest only) sits in the log. */
  sealPosition: number;
  seconds: number;
  fileBytes: number;
}

export interface VerifyStreamsFigures {
  log: StreamsLog;
  /** The raw baseline: every row read in log order, its data and metadata parsed and hashed (SHA-256). */
  scan: ReplayFigures;
  verify: ReplayFigures;
}

/**
 * Issue 13: `era verify` over a log of many streams of one or two events each (desk inquiries, a quarter voided),
 * sealed half-way so that the seal's digest-only category is checked over a million streams too; verification in a
 * child process with the spill the CLI uses, against a raw scan of the same rows. Its peak RSS must stay under 256 MiB.
 */
export async function runVerifyStreamsStep(file: string, streams: number, cpuProfileDir?: string): Promise<VerifyStreamsFigures> {
  const log = await generateStreamsLog(file, streams, (written) => {
    if (written % 500_000 === 0) console.log(`  generated ${written.toLocaleString('en-US')} events`);
  });
  console.log(
    `  ${log.events.toLocaleString('en-US')} events in ${log.streams.toLocaleString('en-US')} streams (sealed at position ${log.sealPosition.toLocaleString('en-US')}), ` +
      `${log.seconds.toFixed(1)} s, ${(log.fileBytes / 1024 / 1024).toFixed(0)} MB file`,
  );
  const scan = await runVerifyStreamsChild({ mode: 'hash-scan', eventsFile: file }, cpuProfileDir);
  console.log(`  raw scan (read, JSON.parse, SHA-256): ${describeRate(scan)}`);
  const verify = await runVerifyStreamsChild({ mode: 'verify-streams', eventsFile: file }, cpuProfileDir);
  console.log(`  verifyEventStore: ${describeRate(verify)}; ${verify.ok ? 'OK' : 'FAILED'} (${verify.detail ?? ''})`);
  console.log(`  ${verifyStreamsCheck({ log, scan, verify })}`);
  return { log, scan, verify };
}

const describeRate = (f: ReplayFigures) =>
  `${Math.round(f.perSecond).toLocaleString('en-US')} events/s, ${f.seconds.toFixed(1)} s, peak RSS ${mib(peakRss(f.memory))} (base ${mib(f.memory.baselineRss)})`;

/** The kernel's high-water mark, which no sampling interval can miss, or the sampled peak where higher. */
const peakRss = (memory: MemoryFigures) => Math.max(memory.maxRss, memory.peakRss);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The check line: verification found the log intact, and its peak RSS stayed under the limit. */
export function verifyStreamsCheck({ log, verify }: VerifyStreamsFigures): string {
  const peak = peakRss(verify.memory);
  const within = peak < VERIFY_RSS_LIMIT_BYTES;
  return `${verify.ok && within ? 'OK' : 'FAILED'}: peak RSS ${mib(peak)} ${within ? '<' : '≥'} ${mib(VERIFY_RSS_LIMIT_BYTES)} verifying ${log.streams.toLocaleString('en-US')} streams; ${verify.ok ? 'intact' : `not intact: ${verify.detail ?? ''}`}`;
}

/** The summary table's row. */
export function verifyStreamsRow({ log, scan, verify }: VerifyStreamsFigures): [string, string, string] {
  return [
    `verifyEventStore, ${Math.round(log.streams).toLocaleString('en-US')} streams (${verify.ok ? 'ok' : 'FAILED'})`,
    `${Math.round(verify.perSecond).toLocaleString('en-US')} events/s`,
    `${(verify.perSecond / scan.perSecond).toFixed(2)} × raw scan+parse+SHA-256 (${Math.round(scan.perSecond).toLocaleString('en-US')}/s); ` +
      `peak RSS ${mib(peakRss(verify.memory))} (goal < 256 MiB; base ${mib(verify.memory.baselineRss)}); ${Math.round(log.events).toLocaleString('en-US')} events`,
  ];
}

/**
 * Writes `streams` desk-inquiry streams straight into a fresh SQLite log (the adapter's schema, envelopes and chains
 * from `prepareAppend`, big transactions), a quarter of them voided later, and a seal once half of them are written.
 */
export async function generateStreamsLog(file: string, streams: number, onProgress?: (written: number) => void): Promise<StreamsLog> {
  const started = nowMs();
  const rng = new Rng(20240101);
  const store = new SqliteEventStore({ file });
  const db = store.database;
  db.pragma('cache_size = -131072');
  const insert = db.prepare(INSERT_EVENT);
  const upsertHead = db.prepare(UPSERT_STREAM_HEAD);
  const toVoid: { streamId: string; inquiryId: string; hash: string }[] = [];
  let written = 0;
  let sealPosition = 0;
  let at = START;

  const write = (streamId: string, prepared: PreparedEvent) => {
    insert.run(...eventRowValues(prepared));
    upsertHead.run(streamId, prepared.streamRevision, prepared.hash);
    if (++written % EVENTS_PER_TRANSACTION === 0) {
      db.exec('COMMIT');
      onProgress?.(written);
      db.exec('BEGIN');
    }
  };
  const voidOne = () => {
    const { streamId, inquiryId, hash } = toVoid.splice(rng.int(0, toVoid.length - 1), 1)[0];
    const event = { type: 'InquiryVoided', data: { inquiryId, reason: rng.pick(VOID_REASONS) } };
    write(streamId, prepareAppend(streamId, [event], sampleMetadata(rng, 'correction'), { revision: 0, hash }, new Date(at))[0]);
  };

  db.exec('BEGIN');
  try {
    for (let stream = 0; stream < streams; stream++) {
      at += rng.int(1, 2000);
      const inquiry = sampleInquiry(rng, at);
      const streamId = inquiryStream(inquiry.inquiryId);
      const [prepared] = prepareAppend(
        streamId,
        [{ type: 'InquiryRecorded', data: inquiry }],
        sampleMetadata(rng),
        { revision: -1, hash: undefined },
        new Date(at),
      );
      write(streamId, prepared);
      if (rng.next() < VOIDED_SHARE) toVoid.push({ streamId, inquiryId: inquiry.inquiryId, hash: prepared.hash });
      if (toVoid.length > 1000) voidOne();
      if (stream === Math.floor(streams / 2)) sealPosition = appendSeal(db, written, new Date((at += 1000)), (prepared) => write(SEAL_STREAM, prepared));
    }
    while (toVoid.length > 0) voidOne();
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  onProgress?.(written);
  const counted = (db.prepare('SELECT count(*) AS n FROM stream_heads').get() as { n: number }).n;
  await store.close();
  return { file, streams: counted, events: written, sealPosition, seconds: (nowMs() - started) / 1000, fileBytes: statSync(file).size };
}

/**
 * A seal of every stream as of `position`, each category by its heads digest only, read from the heads table in
 * stream-id order (UTF-16 order too: the ids are ASCII) so that a million heads never sit in memory at once.
 */
function appendSeal(db: Database.Database, position: number, at: Date, write: (prepared: PreparedEvent) => void): number {
  const heads = db.prepare('SELECT stream_id AS streamId, revision, hash FROM stream_heads WHERE stream_id LIKE ? ORDER BY stream_id');
  const category = categoryOf(inquiryStream('00000000-0000-4000-8000-000000000000'));
  let streamCount = 0;
  const headsDigest = headsDigestOf(
    (function* () {
      for (const head of heads.iterate(`${category}-%`) as IterableIterator<{ streamId: string; revision: number; hash: string }>) {
        streamCount += 1;
        yield head;
      }
    })(),
  );
  const total = (db.prepare('SELECT count(*) AS n FROM stream_heads').get() as { n: number }).n;
  if (total !== streamCount) throw new Error(`the seal expects only ${category} streams, found ${total - streamCount} others`);
  const categories = [{ category, streamCount, headsDigest }];
  const seal: LedgerSealedByCategory = { sealedThroughPosition: position, streamCount, categories, digest: categorySealDigest(position, categories) };
  const event = { type: LEDGER_SEALED, schemaVersion: LEDGER_SEALED_SCHEMA_VERSION, data: seal };
  const [prepared] = prepareAppend(SEAL_STREAM, [event], { ...sampleMetadata(new Rng(1)), reason: 'bench seal' }, { revision: -1, hash: undefined }, at);
  write(prepared);
  return position + 1;
}

/** A measurement of this step, run in a child process of its own (verify-streams-worker), which loads nothing else. */
export interface VerifyStreamsJob {
  mode: 'hash-scan' | 'verify-streams';
  eventsFile: string;
}

export function runVerifyStreamsJob(job: VerifyStreamsJob): Promise<ReplayFigures> {
  return job.mode === 'hash-scan' ? hashScan(job) : verifyWithSpill(job);
}

/** 'verify-streams': verifyEventStore as `era verify` runs it, spilling stream states past the default in memory to a temporary file. */
async function verifyWithSpill(job: VerifyStreamsJob): Promise<ReplayFigures> {
  const events = new SqliteEventStore({ file: job.eventsFile });
  try {
    const sampler = new MemorySampler();
    let printed = 0;
    const { result: report, ...measured } = await measure(sampler, () =>
      verifyEventStore(events, {
        openSpill: () => new SqliteStreamStateSpill(),
        progressEvery: 5000,
        onProgress: (checked, head) => {
          sampler.sample();
          if (checked - printed >= 500_000 || checked === head)
            console.log(`  verify: ${(printed = checked).toLocaleString('en-US')} / ${head.toLocaleString('en-US')}`);
        },
      }),
    );
    return {
      mode: 'verify',
      events: report.eventsChecked,
      perSecond: report.eventsChecked / measured.seconds,
      ...measured,
      ok: report.ok,
      detail: report.ok ? `${report.streamsChecked} streams, ${report.seals.sealsChecked} seal(s) hold` : report.firstProblem?.message,
    };
  } finally {
    await events.close();
  }
}

/** 'hash-scan': every row read in log order with raw better-sqlite3, its data and metadata parsed and SHA-256 hashed. */
async function hashScan(job: VerifyStreamsJob): Promise<ReplayFigures> {
  const db = new Database(job.eventsFile, { readonly: true });
  try {
    const sampler = new MemorySampler();
    const rows = db.prepare('SELECT stream_id, data, metadata, previous_hash FROM events ORDER BY global_position');
    const { result: events, ...measured } = await measure(sampler, async () => {
      let events = 0;
      for (const row of rows.iterate() as IterableIterator<{ stream_id: string; data: string; metadata: string; previous_hash: string }>) {
        const data: unknown = JSON.parse(row.data);
        const metadata: unknown = JSON.parse(row.metadata);
        const hash = createHash('sha256').update(row.stream_id).update(row.data).update(row.metadata).update(row.previous_hash).digest('hex');
        if (data === null || metadata === null || hash.length !== 64) throw new Error(`unreadable row ${events + 1}`);
        if (++events % 5000 === 0) sampler.sample();
      }
      return events;
    });
    return { mode: 'scan', events, perSecond: events / measured.seconds, ...measured };
  } finally {
    db.close();
  }
}

/** Runs the job in a forked Node process (same flags) and returns its figures. */
function runVerifyStreamsChild(job: VerifyStreamsJob, cpuProfileDir?: string): Promise<ReplayFigures> {
  return runInForkedChild<ReplayFigures>('verify-streams-worker.js', job, cpuProfileDir);
}
