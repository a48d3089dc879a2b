import { EventData, jsonEvent, Position } from '@eventstore/db-client';
import { EventMetadata, InvalidAppendError, PreparedEvent, RecordedEvent } from '@era/event-store';
import { globalPositionOf } from './positions';

/**
 * Envelope fields that EventStoreDB has no column for. They ride in the event's metadata JSON next to our
 * metadata, so that a reader (the verifier above all) can recompute every hash from the stored event alone.
 */
const ENVELOPE_KEYS = ['schemaVersion', 'streamRevision', 'previousHash', 'hash'] as const;

/** The shape of an event as the client reads it back; structural so that it can be built in unit tests. */
export interface StoredEsdbEvent {
  id: string;
  streamId: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: Position;
}

/** An event in the log that this adapter did not write, or that has been altered past reading. */
export class UnreadableEventError extends Error {
  override readonly name = 'UnreadableEventError';

  constructor(event: Pick<StoredEsdbEvent, 'id' | 'streamId' | 'revision'>, why: string) {
    super(`event ${event.id} at revision ${event.revision} of stream ${event.streamId} is not an envelope of this store: ${why}`);
  }
}

export function toEsdbEvent(event: PreparedEvent): EventData {
  // Our metadata and the envelope share one JSON object; a clash would make reading back ambiguous.
  const clash = ENVELOPE_KEYS.find((key) => key in event.metadata);
  if (clash) throw new InvalidAppendError(`metadata may not carry the reserved key ${clash}`);
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data,
    metadata: {
      ...event.metadata,
      schemaVersion: event.schemaVersion,
      streamRevision: event.streamRevision,
      previousHash: event.previousHash,
      hash: event.hash,
    },
  });
}

/**
 * Reads an event back. The stream revision is EventStoreDB's own (where the event really is); the revision
 * stored in the metadata is what was hashed, so if the two ever differ, verification reports a hash mismatch.
 */
export function fromEsdbEvent(stored: StoredEsdbEvent): RecordedEvent {
  if (!stored.isJson || !isJsonObject(stored.data) || !isJsonObject(stored.metadata)) {
    throw new UnreadableEventError(stored, 'data and metadata must both be JSON objects');
  }
  const { schemaVersion, streamRevision: _hashedRevision, previousHash, hash, ...metadata } = stored.metadata;
  if (typeof schemaVersion !== 'number' || typeof previousHash !== 'string' || typeof hash !== 'string') {
    throw new UnreadableEventError(stored, 'its metadata lacks schemaVersion, previousHash or hash');
  }
  return {
    eventId: stored.id,
    streamId: stored.streamId,
    streamRevision: Number(stored.revision),
    globalPosition: globalPositionOf(stored),
    type: stored.type,
    schemaVersion,
    data: stored.data,
    metadata: asEventMetadata(metadata),
    previousHash,
    hash,
  };
}

/**
 * Our metadata as stored, taken as it reads: not checked field by field, so that an event whose metadata was altered
 * is still read, and verification (which recomputes its hash) reports it, rather than the read failing.
 */
function asEventMetadata(metadata: object): EventMetadata {
  return metadata as EventMetadata;
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
