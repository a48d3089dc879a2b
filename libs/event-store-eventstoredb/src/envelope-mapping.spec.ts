import { randomUUID } from 'node:crypto';
import { AppendMetadata, hashEvent, InvalidAppendError, prepareAppend, PreparedEvent } from '@era/event-store';
import { fromEsdbEvent, StoredEsdbEvent, toEsdbEvent, UnreadableEventError } from './envelope-mapping';

const metadata: AppendMetadata = {
  actor: { id: 'staff-1', role: 'associate' },
  reason: 'walk-in',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  source: 'api',
};

function prepared(): PreparedEvent[] {
  return prepareAppend(
    'desk-inquiry-1',
    [
      { eventId: randomUUID(), type: 'InquiryRecorded', data: { minutes: 5, note: undefined } },
      { type: 'InquiryVoided', schemaVersion: 2, data: { reason: 'typo' } },
    ],
    metadata,
    { revision: 2, hash: 'a'.repeat(64) },
    new Date('2025-03-01T10:00:00.000Z'),
  );
}

/** What the client hands back for an event written with `toEsdbEvent`: JSON parsed, server fields added. */
function asStored(event: PreparedEvent, position: bigint): StoredEsdbEvent {
  const written = toEsdbEvent(event);
  return {
    id: written.id,
    streamId: event.streamId,
    revision: BigInt(event.streamRevision),
    type: written.type,
    isJson: true,
    data: JSON.parse(JSON.stringify(written.data)),
    metadata: JSON.parse(JSON.stringify(written.metadata)),
    position: { commit: position, prepare: position },
  };
}

describe('EventStoreDB envelope mapping', () => {
  it('writes our id, type and data, and the envelope next to our metadata', () => {
    const [event] = prepared();
    expect(toEsdbEvent(event)).toEqual({
      id: event.eventId,
      contentType: 'application/json',
      type: 'InquiryRecorded',
      data: { minutes: 5 },
      metadata: {
        ...metadata,
        recordedAt: '2025-03-01T10:00:00.000Z',
        schemaVersion: 1,
        streamRevision: 3,
        previousHash: 'a'.repeat(64),
        hash: event.hash,
      },
    });
  });

  it('reads back exactly the envelope that was hashed, at the server position', () => {
    const events = prepared();
    const [first, second] = events.map((event, i) => fromEsdbEvent(asStored(event, 1000n + BigInt(i) * 200n)));
    expect(first).toEqual({ ...events[0], globalPosition: 1000 });
    expect(second).toEqual({ ...events[1], globalPosition: 1200 });
    expect(hashEvent(first)).toBe(first.hash);
    expect(second.previousHash).toBe(first.hash);
  });

  it('takes the revision from the server, so a moved event no longer matches its hash', () => {
    const [event] = prepared();
    const moved = fromEsdbEvent({ ...asStored(event, 1000n), revision: 7n });
    expect(moved.streamRevision).toBe(7);
    expect(hashEvent(moved)).not.toBe(moved.hash);
  });

  it('refuses metadata that would collide with the envelope', () => {
    const [event] = prepared();
    expect(() => toEsdbEvent({ ...event, metadata: { ...event.metadata, hash: 'x' } as never })).toThrow(InvalidAppendError);
  });

  it('names events it did not write', () => {
    const [event] = prepared();
    const stored = asStored(event, 1000n);
    expect(() => fromEsdbEvent({ ...stored, metadata: { actor: metadata.actor } })).toThrow(UnreadableEventError);
    expect(() => fromEsdbEvent({ ...stored, isJson: false, data: new Uint8Array([1]) })).toThrow(/desk-inquiry-1/);
    expect(() => fromEsdbEvent({ ...stored, metadata: undefined })).toThrow(UnreadableEventError);
  });
});
