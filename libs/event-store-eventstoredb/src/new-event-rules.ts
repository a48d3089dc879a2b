import { EventData, InvalidAppendError, NewEvent } from '@era/event-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What EventStoreDB needs of new events beyond the port's own rules, checked before anything is hashed:
 * - event ids are UUIDs, and the server hands them back in lower case: a caller's id is lower-cased here so
 *   that the hashed id is the one read back (otherwise every such event would fail verification);
 * - types starting with `$` are the server's system events, which every read of the log hides;
 * - an id used twice in one batch is refused, as the SQLite adapter's unique index does.
 */
export function eventsForEventStoreDb(events: readonly NewEvent<EventData>[]): NewEvent<EventData>[] {
  const seen = new Set<string>();
  return events.map((event) => {
    if (event.type.startsWith('$')) {
      throw new InvalidAppendError(`event type ${JSON.stringify(event.type)} is reserved: types starting with $ are system events`);
    }
    if (event.eventId === undefined) return event;
    if (!UUID.test(event.eventId)) {
      throw new InvalidAppendError(`event id ${JSON.stringify(event.eventId)} is not a UUID, which EventStoreDB requires`);
    }
    const eventId = event.eventId.toLowerCase();
    if (seen.has(eventId)) throw new InvalidAppendError(`event id ${eventId} appears twice in the batch`);
    seen.add(eventId);
    return { ...event, eventId };
  });
}
