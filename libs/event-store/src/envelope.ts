/** Who did it: every write carries an authenticated staff identity. */
export interface Actor {
  id: string;
  role: string;
}

/** `system`: written by the service itself, e.g. the default licence-term vocabulary seeded at first start. */
export type EventSource = 'api' | 'cli' | 'import' | 'system';

/** What the caller says about a write; the store adds `recordedAt` from its own clock. */
export interface AppendMetadata {
  actor: Actor;
  reason?: string;
  correlationId: string;
  causationId: string;
  source: EventSource;
  /** Events a migration import records: the source record (system, id, its own created/updated times). */
  imported?: { system: string; id: string; createdAt?: string; updatedAt?: string };
}

export interface EventMetadata extends AppendMetadata {
  /** ISO-8601 UTC instant taken from the server clock at append time. */
  recordedAt: string;
}

/** Event payloads are JSON objects. */
export type EventData = object;

/** An event as proposed by a command, before the store gives it a place in history. */
export interface NewEvent<D extends EventData = Record<string, unknown>> {
  eventId?: string;
  type: string;
  schemaVersion?: number;
  data: D;
}

/** An event as stored: immutable, positioned and hash-chained to its predecessor in the stream. */
export interface RecordedEvent<D extends EventData = Record<string, unknown>> {
  eventId: string;
  streamId: string;
  /** Zero-based position inside its stream. */
  streamRevision: number;
  /** Position in the global log; strictly increasing, starts above 0. */
  globalPosition: number;
  type: string;
  schemaVersion: number;
  data: D;
  metadata: EventMetadata;
  /** Hash of the previous event in the same stream (GENESIS_HASH for revision 0). */
  previousHash: string;
  /** SHA-256 over the canonical serialisation of this event, including previousHash. */
  hash: string;
}

/** Everything that is hashed: the envelope less the store-assigned global position and the hash itself. */
export type HashedFields = Omit<RecordedEvent, 'globalPosition' | 'hash'>;

/** An event of a known union `E` (each member `{type, data}`) as stored: the envelope with its type and data narrowed. */
export type RecordedEventOf<E extends { type: string; data: EventData }> = E extends unknown
  ? Omit<RecordedEvent<E['data']>, 'type'> & { type: E['type'] }
  : never;
