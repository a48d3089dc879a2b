import { InvalidAppendError } from '@era/event-store';
import { eventsForEventStoreDb } from './new-event-rules';

describe('EventStoreDB rules for new events', () => {
  it('passes events without ids through and lower-cases given UUIDs, as the server returns them', () => {
    const id = 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';
    const [plain, withId] = eventsForEventStoreDb([
      { type: 'A', data: {} },
      { eventId: id, type: 'B', schemaVersion: 2, data: { n: 1 } },
    ]);
    expect(plain).toEqual({ type: 'A', data: {} });
    expect(withId).toEqual({ eventId: id.toLowerCase(), type: 'B', schemaVersion: 2, data: { n: 1 } });
  });

  it('refuses ids that are not UUIDs, ids used twice and system event types', () => {
    expect(() => eventsForEventStoreDb([{ eventId: 'inquiry-1', type: 'A', data: {} }])).toThrow(InvalidAppendError);
    const id = '0b7e1c9a-4f7e-4a52-9d44-6c1f0c8a2b10';
    expect(() =>
      eventsForEventStoreDb([
        { eventId: id, type: 'A', data: {} },
        { eventId: id.toUpperCase(), type: 'B', data: {} },
      ]),
    ).toThrow(/twice/);
    expect(() => eventsForEventStoreDb([{ type: '$metadata', data: {} }])).toThrow(/reserved/);
  });
});
