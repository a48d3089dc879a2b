import { setTimeout as sleep } from 'node:timers/promises';
import {
  BACKWARDS,
  END,
  EventData as EsdbEventData,
  EventStoreDBClient,
  FORWARDS,
  ReadStreamOptions as EsdbReadStreamOptions,
  START,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  AppendOptions,
  AppendResult,
  assertValidStreamId,
  ConcurrencyConflictError,
  CurrentRevision,
  EventStore,
  EventSubscription,
  InvalidAppendError,
  EventData,
  NewEvent,
  NO_STREAM_REVISION,
  prepareAppend,
  PreparedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  revisionSatisfies,
  SubscribeOptions,
} from '@era/event-store';
import { fromEsdbEvent, toEsdbEvent } from './envelope-mapping';
import { EsdbClient } from './esdb-client';
import { EventStoreDbSubscription } from './eventstoredb-subscription';
import { isSystemEvent, isVisible, serverFilterFor } from './log-filter';
import { eventsForEventStoreDb } from './new-event-rules';
import { asPortError, retryOnceOnLeaderChange } from './leader-change';
import { globalPositionOf, isAfter, readPositionAfter } from './positions';
import { currentRevisionFromEsdb, esdbExpectedRevision, retriesOnConflict } from './revision-mapping';
import { storedEvents } from './stored-events';

export type { EsdbClient } from './esdb-client';

export interface EventStoreDbEventStoreOptions {
  /** How often an `any` / `stream_exists` append rebuilds its hash chain after losing a race. */
  appendAttempts?: number;
}

interface StreamTail {
  revision: CurrentRevision;
  hash: string | undefined;
  recordedAt: string | undefined;
}

const EMPTY_STREAM: StreamTail = { revision: NO_STREAM_REVISION, hash: undefined, recordedAt: undefined };

/**
 * The production event store: EventStoreDB / KurrentDB over gRPC (server 22.6 or later, for positions on
 * stream reads). The connection string's user must be allowed to read $all.
 *
 * Positions are EventStoreDB commit positions (byte offsets in the log), unique per event but not contiguous;
 * positions.ts says why they are safe to use as our numbers. No `streamHeads`: EventStoreDB keeps no record of
 * a stream's last hash apart from the last event itself.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly positionsAreContiguous = false;
  /**
   * The server checks a repeated batch only at the revisions it asks for (the retry after a leader change relies on
   * that); an id already stored elsewhere, or earlier in the stream, is stored again.
   */
  readonly eventIdsAreUniqueInStore = false;
  /**
   * Several API processes append, each stamping recordedAt with its own clock before its write lands, so the log's
   * order and the clocks' may disagree a little across streams. Within a stream recordedAt never decreases
   * (recordedAtAfter); verification judges the order there only, and seals with a tolerance.
   */
  readonly recordedAtIsMonotonic = false;
  private readonly client: EsdbClient;
  private readonly appendAttempts: number;
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  /** A connection string, or a client already made (a fake, in unit tests). */
  constructor(connection: string | EsdbClient, options: EventStoreDbEventStoreOptions = {}) {
    this.client = typeof connection === 'string' ? EventStoreDBClient.connectionString(connection) : connection;
    this.appendAttempts = Math.max(1, options.appendAttempts ?? 5);
  }

  /**
   * Read the head, chain the new events onto it, write them on condition that the head has not moved. The
   * server's own condition is always the exact revision read: an `any` append that lost a race must be rebuilt
   * on the new head, or the chain would fork.
   */
  async append(streamId: string, events: readonly NewEvent<EventData>[], options: AppendOptions): Promise<AppendResult> {
    assertValidStreamId(streamId);
    const newEvents = eventsForEventStoreDb(events);
    for (let attempt = 1; ; attempt += 1) {
      const head = await retryOnceOnLeaderChange(`read the head of ${streamId}`, () => this.readTail(streamId));
      if (!revisionSatisfies(options.expectedRevision, head.revision)) {
        throw new ConcurrencyConflictError(streamId, options.expectedRevision, head.revision);
      }
      const prepared = prepareAppend(streamId, newEvents, options.metadata, head, recordedAtAfter(head));
      const outcome = await this.write(streamId, prepared, head.revision);
      if (outcome.written) {
        const recorded = await retryOnceOnLeaderChange(`read back the append to ${streamId}`, () => this.readBack(streamId, prepared));
        const last = recorded[recorded.length - 1];
        return { nextExpectedRevision: last.streamRevision, position: last.globalPosition, events: recorded };
      }
      if (!retriesOnConflict(options.expectedRevision) || attempt >= this.appendAttempts) {
        throw new ConcurrencyConflictError(streamId, options.expectedRevision, outcome.actual);
      }
      // A little jitter, so that writers racing on one hot stream do not keep colliding in step.
      await sleep(Math.random() * 10 * attempt);
    }
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (maxCount <= 0) return;
    let fromRevision: EsdbReadStreamOptions['fromRevision'] = backwards ? END : START;
    if (options.fromRevision !== undefined) {
      // Like the SQLite adapter: before revision 0 means "from the start" forwards and "nothing" backwards.
      if (options.fromRevision < 0 && backwards) return;
      if (options.fromRevision >= 0) fromRevision = BigInt(options.fromRevision);
    }
    const read = this.client.readStream(streamId, { direction: backwards ? BACKWARDS : FORWARDS, fromRevision, maxCount });
    for await (const stored of storedEvents(read)) yield fromEsdbEvent(stored);
  }

  /**
   * One streaming read of $all from `after`. Client 6.x sends no server-side filter on reads of $all (only on
   * subscriptions), so filters are applied here; undecodable foreign events are only an error if they pass.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const after = options.after ?? 0;
    let remaining = options.maxCount ?? Infinity;
    if (remaining <= 0) return;
    const read = this.client.readAll({ direction: FORWARDS, fromPosition: readPositionAfter(after) });
    for await (const stored of storedEvents(read)) {
      if (!isVisible(stored, options.filter) || !isAfter(globalPositionOf(stored), after)) continue;
      yield fromEsdbEvent(stored);
      remaining -= 1;
      if (remaining <= 0) return;
    }
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    const after = options.after ?? 0;
    const filter = serverFilterFor(options.filter);
    // A function, so that the subscription can reopen itself after the last event it saw when the call fails.
    const open = (from: number) => this.client.subscribeToAll({ fromPosition: readPositionAfter(from), filter });
    const subscription = new EventStoreDbSubscription(open, after, options.filter, (closed) => this.subscriptions.delete(closed));
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** The newest event of ours: read $all from the end, past whatever system events the server wrote last. */
  async headPosition(): Promise<number> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END });
    for await (const stored of storedEvents(read)) {
      if (!isSystemEvent(stored)) return globalPositionOf(stored);
    }
    return 0;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /** The stream's last event, read from the leader so that the chain is built on the real head. */
  private async readTail(streamId: string): Promise<StreamTail> {
    const read = this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1, requiresLeader: true });
    for await (const stored of storedEvents(read)) {
      const last = fromEsdbEvent(stored);
      return { revision: last.streamRevision, hash: last.hash, recordedAt: last.metadata.recordedAt };
    }
    return EMPTY_STREAM;
  }

  /**
   * Writes the batch right after `current`; on losing the race, says where the stream is instead. A leader change
   * gets one retry of the very same batch (same event ids, same expected revision): if the first try did land
   * before the answer was lost, the server either recognises the ids as a repeat (success, checked by the
   * read-back) or answers WrongExpectedVersion, and then reading the stream tells whether our events are there.
   */
  private async write(
    streamId: string,
    prepared: PreparedEvent[],
    current: CurrentRevision,
  ): Promise<{ written: true } | { written: false; actual: CurrentRevision }> {
    const events = prepared.map(toEsdbEvent);
    return retryOnceOnLeaderChange(`append to ${streamId}`, async (attempt) => {
      const outcome = await this.send(streamId, events, current);
      if (outcome.written || attempt === 1) return outcome;
      return (await this.storedAsPrepared(streamId, prepared)) ? { written: true } : outcome;
    });
  }

  private async send(
    streamId: string,
    events: EsdbEventData[],
    current: CurrentRevision,
  ): Promise<{ written: true } | { written: false; actual: CurrentRevision }> {
    try {
      const result = await this.client.appendToStream(streamId, events, {
        expectedRevision: esdbExpectedRevision(current),
        requiresLeader: true,
      });
      if (result.success) return { written: true };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw asPortError(streamId, error);
      return { written: false, actual: currentRevisionFromEsdb(error.actualVersion) };
    }
    // throwOnAppendFailure=false in the connection string makes the client resolve instead of throwing, with
    // a revision that is not reliable in that case: ask the stream.
    return { written: false, actual: (await this.readTail(streamId)).revision };
  }

  /**
   * The batch as stored, with the positions only the server knows. Also proves the write happened: for
   * events whose ids are already in the stream, EventStoreDB may report success without writing (it takes
   * the append for a retry), and then these revisions do not hold our events.
   */
  private async readBack(streamId: string, prepared: PreparedEvent[]): Promise<RecordedEvent[]> {
    const recorded = await this.storedAsPrepared(streamId, prepared);
    if (!recorded) {
      const first = prepared[0].streamRevision;
      throw new InvalidAppendError(
        `EventStoreDB did not store the batch at revisions ${first}..${first + prepared.length - 1} of ${streamId}: ` + 'its event ids were already stored',
      );
    }
    return recorded;
  }

  /** The batch as stored at its revisions, or undefined when those revisions hold other events (or none). */
  private async storedAsPrepared(streamId: string, prepared: PreparedEvent[]): Promise<RecordedEvent[] | undefined> {
    const first = prepared[0].streamRevision;
    const read = this.client.readStream(streamId, { fromRevision: BigInt(first), maxCount: prepared.length, requiresLeader: true });
    const recorded: RecordedEvent[] = [];
    for await (const stored of storedEvents(read)) recorded.push(fromEsdbEvent(stored));
    const asWritten = recorded.length === prepared.length && recorded.every((event, i) => event.hash === prepared[i].hash);
    return asWritten ? recorded : undefined;
  }
}

/** recorded-at never goes backwards within a stream, even if this machine's clock does. */
function recordedAtAfter(tail: StreamTail): Date {
  const previous = tail.recordedAt ? Date.parse(tail.recordedAt) : 0;
  return new Date(Math.max(Date.now(), Number.isNaN(previous) ? 0 : previous));
}
