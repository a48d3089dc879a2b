import { AppendMetadata, EventData, NewEvent, RecordedEvent } from './envelope';
import { ExpectedRevision } from './expected-revision';

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  metadata: AppendMetadata;
}

export interface AppendResult {
  /** The stream's revision after the append: pass it as the next expected revision. */
  nextExpectedRevision: number;
  /** Global position of the last appended event: what read-your-writes waits for. */
  position: number;
  events: RecordedEvent[];
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the first (forwards) or last (backwards) event. */
  fromRevision?: number;
  maxCount?: number;
}

/** Narrows the global log. An event passes when it matches every given criterion. */
export interface EventFilter {
  eventTypes?: readonly string[];
  streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: only events whose global position is greater than this. Defaults to 0 (everything). */
  after?: number;
  maxCount?: number;
  filter?: EventFilter;
}

export type SubscribeOptions = Omit<ReadAllOptions, 'maxCount'>;

/** Catch-up then live: yields stored events after the checkpoint, then new ones as they are appended. */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface StreamHead {
  streamId: string;
  revision: number;
  hash: string;
}

export interface StreamHeadsOptions {
  /** Only the streams whose id starts with this (a licence's streams, say), without walking every other head. */
  streamPrefix?: string;
}

export interface EventStore {
  /** Appends the events to one stream as one atomic batch, or none of them. */
  append(streamId: string, events: readonly NewEvent<EventData>[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribe(options?: SubscribeOptions): EventSubscription;
  /** Global position of the newest event, 0 when the log is empty. */
  headPosition(): Promise<number>;
  /**
   * The store's own record of each stream's last revision and hash, where it keeps one
   * (lets the verifier notice a stream's last event deleted). Adapters without one omit it.
   */
  streamHeads?(options?: StreamHeadsOptions): AsyncIterable<StreamHead>;
  /** The store's own record of one stream's head (undefined when it records none for it); with `streamHeads`. */
  streamHead?(streamId: string): Promise<StreamHead | undefined>;
  /**
   * Event ids. Every adapter refuses an id used twice in one batch (InvalidAppendError, nothing appended), and keeps
   * a caller-given id as given. True here means more: the store refuses an id already stored anywhere in the log
   * (SQLite's unique index). Absent or false means an id may be stored again in another batch (EventStoreDB checks
   * only that a repeated batch lands at the same revisions, which is what a retried append relies on), so a reader
   * must not treat an event id alone as a key across the log: the position or (stream, revision) is one.
   */
  readonly eventIdsAreUniqueInStore?: boolean;
  /** True when positions are gap-free (1, 2, 3, …), so that a gap proves a deleted event. */
  readonly positionsAreContiguous: boolean;
  /**
   * True when `metadata.recordedAt` never decreases along global positions (one clock, made monotonic by the store),
   * so that an event recorded earlier than one before it in the log was back-dated or inserted out of order.
   * Absent means false: every adapter still keeps recordedAt from decreasing within a stream.
   */
  readonly recordedAtIsMonotonic?: boolean;
  /**
   * How many events the log holds at positions up to `throughPosition` (all when omitted), counted in one snapshot.
   * With gap-free positions, `headPosition` minus this is how many were deleted: a cheap check of the whole log.
   * Adapters that cannot count cheaply omit it.
   */
  eventCount?(throughPosition?: number): Promise<number>;
  /**
   * How many events the log holds after `position`, counting no further than `limit` (a projection's lag in events,
   * whatever the positions are: byte offsets on EventStoreDB). Adapters that cannot count cheaply omit it:
   * `countEventsAfter` (lag.ts) then reads the log up to the limit.
   */
  countEventsAfter?(position: number, limit: number): Promise<number>;
  close(): Promise<void>;
}
