import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  AppendOptions,
  AppendResult,
  ConcurrencyConflictError,
  EventData,
  EventFilter,
  EventStore,
  EventSubscription,
  InvalidAppendError,
  NewEvent,
  NO_STREAM_REVISION,
  prepareAppend,
  prepareAppendInTurns,
  PreparedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  revisionSatisfies,
  StreamHead,
  StreamHeadsOptions,
  SubscribeOptions,
} from '@era/event-store';
import { BACKSTOP_CHECKPOINT_PAGES, BackgroundCheckpoints } from './checkpoints/background-checkpoints';
import { EVENT_LOG_SCHEMA, EventRow, eventRowValues, INSERT_EVENT, UPSERT_STREAM_HEAD } from './schema';
import { unlessLocked } from './store-locked';
import { SqliteSubscription } from './sqlite-subscription';

export interface SqliteEventStoreOptions {
  /** Path of the database file, or ':memory:'. */
  file: string;
  /** How often a live subscription looks for events appended by another process. */
  pollIntervalMs?: number;
  /** How long an append waits for a lock another process holds before answering that the store is unavailable. */
  busyTimeoutMs?: number;
}

const PAGE_SIZE = 1000;
/** At most this many appends share one commit (the rest take the next): bounds how long one commit holds the thread. */
const MAX_APPENDS_PER_COMMIT = 512;

interface PendingAppend {
  streamId: string;
  events: readonly NewEvent<EventData>[];
  options: AppendOptions;
  early: EarlyPreparation;
  resolve(recorded: RecordedEvent[]): void;
  reject(error: unknown): void;
}

type AppendOutcome = { ok: true; recorded: RecordedEvent[] } | { ok: false; error: unknown };

/** Each append's outcome, and the newest recorded-at in the log once the batch is in (NaN: still empty). */
type BatchOutcome = { outcomes: AppendOutcome[]; newestMs: number };

/** An append of a group commit failed after writing part of itself: the batch is rolled back and run again, each append isolated. */
class FailedPartWay extends Error {
  constructor(readonly failure: unknown) {
    super('an append failed part way through a group commit');
  }
}

/** The embedded default: one SQLite file in WAL mode, every acknowledged append fsynced (synchronous=FULL). */
export class SqliteEventStore implements EventStore {
  readonly positionsAreContiguous = true;
  /** The events table's unique index on event_id refuses an id already stored in any stream. */
  readonly eventIdsAreUniqueInStore = true;
  /** Every append takes recordedAt no earlier than the newest stored, inside its write transaction (monotonicNow). */
  readonly recordedAtIsMonotonic = true;
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private readonly pollIntervalMs: number;
  private readonly appendTransaction: Database.Transaction<SqliteEventStore['appendInTransaction']>;
  private readonly batchTransaction: Database.Transaction<(batch: readonly PendingAppend[], isolated: boolean) => BatchOutcome>;
  /** Appends prepared and waiting for the next group commit. */
  private pending: PendingAppend[] = [];
  private commitScheduled = false;
  private commits = 0;
  private committedAppends = 0;
  private readonly checkpoints: BackgroundCheckpoints | undefined;
  /** While a group commit runs: the newest recorded-at in the log, as its appends so far left it. */
  private newestInBatchMs: number | undefined;
  /** The newest recorded-at this process knows of (NaN: an empty log); undefined until first needed. */
  private knownNewest: number | undefined;

  constructor(options: SqliteEventStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 10_000))}`);
    this.db.exec(EVENT_LOG_SCHEMA);
    this.checkpoints = BackgroundCheckpoints.start(options.file);
    if (this.checkpoints) this.db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.appended.setMaxListeners(0);
    this.appendTransaction = this.db.transaction(this.appendInTransaction.bind(this));
    this.batchTransaction = this.db.transaction((batch: readonly PendingAppend[], isolated: boolean) => {
      // Read once per batch, then kept as the batch's appends insert (only this transaction writes meanwhile).
      this.newestInBatchMs = this.queryNewestRecordedAtMs();
      try {
        const outcomes = batch.map((append) => (isolated ? this.appendIsolated(append) : this.appendOptimistically(append)));
        return { outcomes, newestMs: this.newestInBatchMs };
      } finally {
        this.newestInBatchMs = undefined;
      }
    });
  }

  /**
   * Group commit: the appends that are ready in the same turn of the event loop share one transaction and one fsync.
   * Each is checked against its own expected revision (and the appends before it in the batch), so one that conflicts
   * or fails is refused alone (see appendOptimistically, appendIsolated); each is acknowledged only once the shared
   * commit is durable, and none if it fails.
   */
  async append(streamId: string, events: readonly NewEvent<EventData>[], options: AppendOptions): Promise<AppendResult> {
    const early = await this.prepareBeforeTransaction(streamId, events, options);
    const recorded = await new Promise<RecordedEvent[]>((resolve, reject) => {
      this.pending.push({ streamId, events, options, early, resolve, reject });
      this.scheduleCommit();
    });
    const last = recorded[recorded.length - 1];
    return { nextExpectedRevision: last.streamRevision, position: last.globalPosition, events: recorded };
  }

  /** Transactions committed and the appends they held, since this store was opened (appends per commit: the batching). */
  groupCommitCounts(): { commits: number; appends: number } {
    return { commits: this.commits, appends: this.committedAppends };
  }

  private scheduleCommit(): void {
    if (this.commitScheduled) return;
    this.commitScheduled = true;
    setImmediate(() => this.commitPending());
  }

  private commitPending(): void {
    this.commitScheduled = false;
    const batch = this.pending.splice(0, MAX_APPENDS_PER_COMMIT);
    if (this.pending.length > 0) this.scheduleCommit();
    if (batch.length === 0) return;
    let committedBatch: BatchOutcome;
    try {
      committedBatch = unlessLocked(() => {
        try {
          return this.batchTransaction.immediate(batch, false);
        } catch (error) {
          // An append failed after writing part of itself: the batch was rolled back whole; again, each a savepoint.
          if (!(error instanceof FailedPartWay)) throw error;
          return this.batchTransaction.immediate(batch, true);
        }
      });
    } catch (error) {
      // Nothing of the batch was committed (the lock was not had, or the commit failed): every append in it is refused.
      for (const append of batch) append.reject(error);
      return;
    }
    const { outcomes, newestMs } = committedBatch;
    const committed = outcomes.filter((outcome) => outcome.ok).length;
    this.knownNewest = newestMs;
    this.commits += 1;
    this.committedAppends += committed;
    if (committed > 0) this.appended.emit('appended');
    outcomes.forEach((outcome, index) => (outcome.ok ? batch[index].resolve(outcome.recorded) : batch[index].reject(outcome.error)));
  }

  /**
   * One append of a batch, without a savepoint of its own: a conflict is found before it writes anything, so it is
   * refused alone; any other failure may come part way through its rows, and rolls the batch back (FailedPartWay).
   */
  private appendOptimistically(append: PendingAppend): AppendOutcome {
    try {
      return { ok: true, recorded: this.appendInTransaction(append.streamId, append.events, append.options, append.early) };
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) return { ok: false, error };
      throw new FailedPartWay(error);
    }
  }

  /** One append of a batch, as a savepoint (a transaction nested in the batch's): undone alone when it fails. */
  private appendIsolated(append: PendingAppend): AppendOutcome {
    try {
      return { ok: true, recorded: this.appendTransaction(append.streamId, append.events, append.options, append.early) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  /**
   * Canonicalising and hashing a large append takes long: it is done here, in slices that let the event loop turn,
   * against the head and recorded-at read now. The write transaction takes these prepared rows only if the head and
   * the newest recorded-at are still what they were (nothing appended meanwhile that they would contradict);
   * otherwise it prepares them again inside, as it always did. Either way one append is one transaction.
   */
  private async prepareBeforeTransaction(streamId: string, events: readonly NewEvent<EventData>[], options: AppendOptions): Promise<EarlyPreparation> {
    const head = this.statements.head.get(streamId) as { revision: number; hash: string } | undefined;
    const current = head?.revision ?? NO_STREAM_REVISION;
    if (!revisionSatisfies(options.expectedRevision, current)) throw new ConcurrencyConflictError(streamId, options.expectedRevision, current);
    // Against the newest recorded-at this process knows of (no query): if another process has appended a later one
    // since, the transaction sees it and prepares the events again.
    const recordedAt = new Date(Math.max(Date.now(), this.knownNewestMs()));
    const { prepared, stored } = await prepareAppendInTurns(
      streamId,
      events,
      options.metadata,
      { revision: current, hash: head?.hash },
      recordedAt,
      eventRowValues,
    );
    return { head, recordedAt, prepared, rows: stored };
  }

  private appendInTransaction(streamId: string, events: readonly NewEvent<EventData>[], options: AppendOptions, early?: EarlyPreparation): RecordedEvent[] {
    const head = this.statements.head.get(streamId) as { revision: number; hash: string } | undefined;
    const current = head?.revision ?? NO_STREAM_REVISION;
    if (!revisionSatisfies(options.expectedRevision, current)) {
      throw new ConcurrencyConflictError(streamId, options.expectedRevision, current);
    }
    const stillValid =
      early !== undefined &&
      early.head?.revision === head?.revision &&
      early.head?.hash === head?.hash &&
      !(this.newestRecordedAtMs() > early.recordedAt.getTime());
    const prepared = stillValid
      ? early.prepared
      : prepareAppend(streamId, events, options.metadata, { revision: current, hash: head?.hash }, this.monotonicNow());
    const rows = stillValid ? early.rows : prepared.map((event) => eventRowValues(event));
    const recorded = prepared.map((event, index) => {
      try {
        const { lastInsertRowid } = this.statements.insert.run(...rows[index]);
        return { ...event, globalPosition: Number(lastInsertRowid) };
      } catch (error) {
        // Not `instanceof Error`: the native module's errors come from the realm that first loaded it (a jest worker's
        // first test file), which fails instanceof in every later one.
        if (/UNIQUE constraint failed: events\.event_id/.test(String((error as { message?: unknown } | undefined)?.message))) {
          throw new InvalidAppendError(`event id ${event.eventId} has already been stored`);
        }
        throw error;
      }
    });
    const last = recorded[recorded.length - 1];
    this.statements.upsertHead.run(streamId, last.streamRevision, last.hash);
    const lastMs = Date.parse(last.metadata.recordedAt);
    if (this.newestInBatchMs !== undefined && !(this.newestInBatchMs >= lastMs)) this.newestInBatchMs = lastMs;
    return recorded;
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Infinity;
    let from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    while (remaining > 0) {
      const limit = Math.min(PAGE_SIZE, remaining);
      const rows = (backwards ? this.statements.streamBackwards : this.statements.streamForwards).all(streamId, from, limit) as EventRow[];
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1].stream_revision + (backwards ? -1 : 1);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after ?? 0;
    let remaining = options.maxCount ?? Infinity;
    while (remaining > 0) {
      const limit = Math.min(PAGE_SIZE, remaining);
      const rows = this.page(after, limit, options.filter);
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      after = rows[rows.length - 1].global_position;
    }
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    return new SqliteSubscription(
      (after, limit) => this.page(after, limit, options.filter).map(toRecordedEvent),
      this.appended,
      options.after ?? 0,
      this.pollIntervalMs,
    );
  }

  async headPosition(): Promise<number> {
    return (this.statements.headPosition.get() as { position: number | null }).position ?? 0;
  }

  async eventCount(throughPosition?: number): Promise<number> {
    // All rows (counted on the narrowest index) less those past the position (a short seek): one statement, one snapshot.
    const row = this.statements.eventCount.get(throughPosition ?? Number.MAX_SAFE_INTEGER) as { count: number };
    return row.count;
  }

  async countEventsAfter(position: number, limit: number): Promise<number> {
    return (this.statements.countAfter.get(position, limit) as { count: number }).count;
  }

  async *streamHeads(options: StreamHeadsOptions = {}): AsyncIterable<StreamHead> {
    if (options.streamPrefix !== undefined) {
      yield* this.streamHeadsWithPrefix(options.streamPrefix);
      return;
    }
    for (const row of this.statements.streamHeads.iterate() as Iterable<HeadRow>) {
      yield { streamId: row.stream_id, revision: row.revision, hash: row.hash };
    }
  }

  async streamHead(streamId: string): Promise<StreamHead | undefined> {
    const head = this.statements.head.get(streamId) as Omit<HeadRow, 'stream_id'> | undefined;
    return head && { streamId, revision: head.revision, hash: head.hash };
  }

  /**
   * Ids sharing a prefix sit together in the primary key's (byte) order, from the prefix itself on: seek there and
   * stop at the first id without it. Paged, so that the caller may read the log between heads.
   */
  private async *streamHeadsWithPrefix(prefix: string): AsyncIterable<StreamHead> {
    let from = prefix;
    let inclusive = true;
    for (;;) {
      const rows = (inclusive ? this.statements.headsFrom : this.statements.headsAfter).all(from, PAGE_SIZE) as HeadRow[];
      for (const row of rows) {
        if (!row.stream_id.startsWith(prefix)) return;
        yield { streamId: row.stream_id, revision: row.revision, hash: row.hash };
      }
      if (rows.length < PAGE_SIZE) return;
      from = rows[rows.length - 1].stream_id;
      inclusive = false;
    }
  }

  async close(): Promise<void> {
    // Appends already waiting for their commit are committed (or refused) before the file closes.
    while (this.pending.length > 0 && this.db.open) this.commitPending();
    this.appended.emit('closed');
    await this.checkpoints?.stop();
    if (this.db.open) this.db.close();
  }

  /** The raw connection, for tools that inspect the file (tests that tamper with it, the benchmark). */
  get database(): Database.Database {
    return this.db;
  }

  private page(after: number, limit: number, filter: EventFilter | undefined): EventRow[] {
    if (!filter || (!filter.eventTypes && !filter.streamPrefixes)) return this.statements.allAfter.all(after, limit) as EventRow[];
    const clauses = ['global_position > ?'];
    const params: unknown[] = [after];
    if (filter.eventTypes) {
      clauses.push(`type IN (${filter.eventTypes.map(() => '?').join(',') || 'NULL'})`);
      params.push(...filter.eventTypes);
    }
    if (filter.streamPrefixes) {
      clauses.push(`(${filter.streamPrefixes.map(() => 'substr(stream_id, 1, ?) = ?').join(' OR ') || '0'})`);
      filter.streamPrefixes.forEach((prefix) => params.push(prefix.length, prefix));
    }
    params.push(limit);
    const sql = `SELECT * FROM events WHERE ${clauses.join(' AND ')} ORDER BY global_position LIMIT ?`;
    return this.db.prepare(sql).all(...params) as EventRow[];
  }

  /**
   * recorded-at never goes backwards in the log, even if the wall clock does. Read from the newest event inside the
   * append's write transaction, so that it holds for every process appending to the file (the API, `era seal`).
   */
  private monotonicNow(): Date {
    const newestMs = this.newestRecordedAtMs();
    return new Date(Number.isNaN(newestMs) ? Date.now() : Math.max(Date.now(), newestMs));
  }

  /** recordedAt of the newest event in the log (NaN for an empty log); inside a group commit, as its appends left it. */
  private newestRecordedAtMs(): number {
    return this.newestInBatchMs ?? this.queryNewestRecordedAtMs();
  }

  /** The newest recorded-at this process has committed or read, without a query once known. */
  private knownNewestMs(): number {
    if (this.knownNewest === undefined) this.knownNewest = this.queryNewestRecordedAtMs();
    return Number.isNaN(this.knownNewest) ? 0 : this.knownNewest;
  }

  private queryNewestRecordedAtMs(): number {
    const newest = this.statements.newestRecordedAt.get() as { recordedAt: string | null } | undefined;
    return newest?.recordedAt ? Date.parse(newest.recordedAt) : NaN;
  }

  private get statements() {
    return (this.prepared ??= {
      head: this.db.prepare('SELECT revision, hash FROM stream_heads WHERE stream_id = ?'),
      insert: this.db.prepare(INSERT_EVENT),
      upsertHead: this.db.prepare(UPSERT_STREAM_HEAD),
      streamForwards: this.db.prepare('SELECT * FROM events WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision ASC LIMIT ?'),
      streamBackwards: this.db.prepare('SELECT * FROM events WHERE stream_id = ? AND stream_revision <= ? ORDER BY stream_revision DESC LIMIT ?'),
      allAfter: this.db.prepare('SELECT * FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?'),
      headPosition: this.db.prepare('SELECT MAX(global_position) AS position FROM events'),
      newestRecordedAt: this.db.prepare(`SELECT json_extract(metadata, '$.recordedAt') AS recordedAt FROM events ORDER BY global_position DESC LIMIT 1`),
      eventCount: this.db.prepare('SELECT (SELECT count(*) FROM events) - (SELECT count(*) FROM events WHERE global_position > ?) AS count'),
      // A seek on the position and at most `limit` steps: cheap however far behind a projection is.
      countAfter: this.db.prepare('SELECT count(*) AS count FROM (SELECT 1 FROM events WHERE global_position > ? LIMIT ?)'),
      streamHeads: this.db.prepare('SELECT stream_id, revision, hash FROM stream_heads ORDER BY stream_id'),
      headsFrom: this.db.prepare('SELECT stream_id, revision, hash FROM stream_heads WHERE stream_id >= ? ORDER BY stream_id LIMIT ?'),
      headsAfter: this.db.prepare('SELECT stream_id, revision, hash FROM stream_heads WHERE stream_id > ? ORDER BY stream_id LIMIT ?'),
    });
  }
  private prepared?: Record<string, Database.Statement>;
}

/** An append prepared before its transaction, with what it was prepared against. */
interface EarlyPreparation {
  head: { revision: number; hash: string } | undefined;
  recordedAt: Date;
  prepared: PreparedEvent[];
  rows: ReturnType<typeof eventRowValues>[];
}

interface HeadRow {
  stream_id: string;
  revision: number;
  hash: string;
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    globalPosition: row.global_position,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
