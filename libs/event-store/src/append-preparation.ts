import { randomUUID } from 'node:crypto';
import { AppendMetadata, EventData, HashedFields, NewEvent } from './envelope';
import { InvalidAppendError } from './errors';
import { GENESIS_HASH, hashEvent } from './hashing';
import { assertValidStreamId } from './stream-id';

export type PreparedEvent = HashedFields & { hash: string };

/**
 * Gives each new event its revision, envelope and place in the stream's hash chain. Shared by every adapter so
 * that the hashes of the same history are the same whichever engine stored it.
 */
export function prepareAppend(
  streamId: string,
  events: readonly NewEvent<EventData>[],
  metadata: AppendMetadata,
  head: { revision: number; hash: string | undefined },
  recordedAt: Date = new Date(),
): PreparedEvent[] {
  assertValidStreamId(streamId);
  if (events.length === 0) throw new InvalidAppendError('an append needs at least one event');
  const envelopeMetadata = JSON.parse(JSON.stringify({ ...metadata, recordedAt: recordedAt.toISOString() }));
  let previousHash = head.hash ?? GENESIS_HASH;
  return events.map((event, index) => {
    const fields: HashedFields = {
      eventId: event.eventId ?? randomUUID(),
      streamId,
      streamRevision: head.revision + 1 + index,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      // A JSON round trip drops undefined members, so the hashed form is exactly what is stored and read back.
      data: JSON.parse(JSON.stringify(event.data)),
      metadata: envelopeMetadata,
      previousHash,
    };
    const hash = hashEvent(fields);
    previousHash = hash;
    return { ...fields, hash };
  });
}
