import { RecordedEvent } from './envelope';
import { GENESIS_HASH } from './hashing';
import { UpcasterRegistry } from './upcasting';

const stored = (schemaVersion: number, data: Record<string, unknown>): RecordedEvent => ({
  eventId: 'e1',
  streamId: 'desk-inquiry-1',
  streamRevision: 0,
  globalPosition: 1,
  type: 'InquiryRecorded',
  schemaVersion,
  data,
  metadata: { actor: { id: 's', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api', recordedAt: '2026-01-01T00:00:00.000Z' },
  previousHash: GENESIS_HASH,
  hash: 'h',
});

describe('upcasting', () => {
  const registry = new UpcasterRegistry([
    // v1 stored minutes as "duration"; v2 renamed it; v3 added a channel that v2 lacked.
    { eventType: 'InquiryRecorded', fromVersion: 1, upcast: ({ duration, ...rest }) => ({ ...rest, durationMinutes: duration }) },
    { eventType: 'InquiryRecorded', fromVersion: 2, upcast: (data) => ({ channel: 'in-person', ...data }) },
  ]);

  it('given a v1 event, when read, then it arrives in the current shape through every step', () => {
    const event = stored(1, { duration: 5 });
    expect(registry.upcast(event)).toMatchObject({ schemaVersion: 3, data: { durationMinutes: 5, channel: 'in-person' } });
  });

  it('leaves the stored event untouched, hash and all', () => {
    const event = stored(1, { duration: 5 });
    const upcast = registry.upcast(event);
    expect(event.data).toEqual({ duration: 5 });
    expect(upcast.hash).toBe(event.hash);
  });

  it('passes current events and other types through as they are', () => {
    const current = stored(3, { durationMinutes: 2, channel: 'chat' });
    expect(registry.upcast(current)).toBe(current);
    const other = { ...stored(1, { x: 1 }), type: 'HeadcountRecorded' };
    expect(registry.upcast(other)).toBe(other);
  });

  it('refuses two upcasters for the same type and version', () => {
    expect(() => registry.register({ eventType: 'InquiryRecorded', fromVersion: 1, upcast: (d) => d })).toThrow(/already registered/);
  });
});
