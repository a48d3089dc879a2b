import { randomUUID } from 'node:crypto';
import { AppendMetadata, EventData, HashedFields, NewEvent } from './envelope';
import { InvalidAppendError } from './errors';
import { WORK_SLICE_MS, yieldToEventLoop } from './event-loop';
import { exactCanonicalJsonAndOrder } from './canonical-json';
import { GENESIS_HASH, hashEventOfJsonData, hashEventWithCanonicalData } from './hashing';
import { assertValidStreamId } from './stream-id';

export type PreparedEvent = HashedFields & { hash: string };

type Head = { revision: number; hash: string | undefined };

/** What every event of one append shares: its checked stream and its envelope metadata (recordedAt included). */
function startAppend(streamId: string, events: readonly NewEvent<EventData>[], metadata: AppendMetadata, recordedAt: Date): HashedFields['metadata'] {
  assertValidStreamId(streamId);
  if (events.length === 0) throw new InvalidAppendError('an append needs at least one event');
  return JSON.parse(JSON.stringify({ ...metadata, recordedAt: recordedAt.toISOString() }));
}

/** A prepared event and its data as JSON text (what JSON.stringify gives for its data, kept so as not to make it twice). */
function prepareEventWithJson(
  streamId: string,
  event: NewEvent<EventData>,
  streamRevision: number,
  metadata: HashedFields['metadata'],
  previousHash: string,
): { event: PreparedEvent; dataJson: string } {
  // Data built with its keys in canonical order (a title list's chunks) is serialised once: that text is both hashed
  // and stored. Other exact JSON data is serialised twice (canonical for the hash, as given for the row).
  const canonical = exactCanonicalJsonAndOrder(event.data);
  const dataJson = canonical?.asStringified ? canonical.text : JSON.stringify(event.data);
  const fields: HashedFields = {
    eventId: event.eventId ?? randomUUID(),
    streamId,
    streamRevision,
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    data: event.data as HashedFields['data'],
    metadata,
    previousHash,
  };
  // Data that is exact JSON data is what is stored and read back, member for member: hashed and kept as given (a
  // copy of a title list's megabytes would double what the append holds). Other data (undefined members, dates, …)
  // takes a JSON round trip, so that the hashed form is exactly what is stored and read back.
  const hash = canonical === undefined ? undefined : hashEventWithCanonicalData(fields, canonical.text);
  if (hash !== undefined) return { event: { ...fields, hash }, dataJson };
  const copied = { ...fields, data: JSON.parse(dataJson) as HashedFields['data'] };
  return { event: { ...copied, hash: hashEventOfJsonData(copied) }, dataJson };
}

function prepareEvent(
  streamId: string,
  event: NewEvent<EventData>,
  streamRevision: number,
  metadata: HashedFields['metadata'],
  previousHash: string,
): PreparedEvent {
  return prepareEventWithJson(streamId, event, streamRevision, metadata, previousHash).event;
}

/**
 * Gives each new event its revision, envelope and place in the stream's hash chain. Shared by every adapter so
 * that the hashes of the same history are the same whichever engine stored it.
 */
export function prepareAppend(
  streamId: string,
  events: readonly NewEvent<EventData>[],
  metadata: AppendMetadata,
  head: Head,
  recordedAt: Date = new Date(),
): PreparedEvent[] {
  const envelopeMetadata = startAppend(streamId, events, metadata, recordedAt);
  const prepared: PreparedEvent[] = [];
  let previousHash = head.hash ?? GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const next = prepareEvent(streamId, event, head.revision + 1 + index, envelopeMetadata, previousHash);
    previousHash = next.hash;
    prepared.push(next);
  }
  return prepared;
}

/**
 * The same events as `prepareAppend` (the same hashes), and each turned into what the adapter stores (`toStored`,
 * given the data's JSON text: JSON.stringify of the stored data gives back exactly that text, so it need not be made again),
 * prepared in slices of at most WORK_SLICE_MS with a turn of the event loop between them: a large append (a title
 * list of 50,000 titles is megabytes of JSON to canonicalise and hash) then keeps the process answering while it is
 * prepared, and only the short write itself holds the event loop.
 */
export async function prepareAppendInTurns<T>(
  streamId: string,
  events: readonly NewEvent<EventData>[],
  metadata: AppendMetadata,
  head: Head,
  recordedAt: Date,
  toStored: (event: PreparedEvent, dataJson: string) => T,
): Promise<{ prepared: PreparedEvent[]; stored: T[] }> {
  const envelopeMetadata = startAppend(streamId, events, metadata, recordedAt);
  const prepared: PreparedEvent[] = [];
  const stored: T[] = [];
  let previousHash = head.hash ?? GENESIS_HASH;
  let sliceStarted = Date.now();
  for (const [index, event] of events.entries()) {
    if (Date.now() - sliceStarted >= WORK_SLICE_MS) {
      await yieldToEventLoop();
      sliceStarted = Date.now();
    }
    const next = prepareEventWithJson(streamId, event, head.revision + 1 + index, envelopeMetadata, previousHash);
    previousHash = next.event.hash;
    prepared.push(next.event);
    stored.push(toStored(next.event, next.dataJson));
  }
  return { prepared, stored };
}
