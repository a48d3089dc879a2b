import { eventTypeFilter, excludeSystemEvents, Filter, streamNameFilter } from '@eventstore/db-client';
import { EventFilter, matchesFilter } from '@era/event-store';

/** The server's own bookkeeping ($-types such as $metadata or link events, $-streams): never part of our log. */
export function isSystemEvent(event: { type: string; streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** The final word on what a reader of the log sees, applied on our side after any server-side narrowing. */
export function isVisible(event: { type: string; streamId: string }, filter: EventFilter | undefined): boolean {
  return !isSystemEvent(event) && matchesFilter(event, filter);
}

/**
 * The server-side narrowing for a subscription. The server takes one filter, on stream names or on event
 * types, and matches prefixes; so this only cuts traffic, and `isVisible` still decides: a type prefix `Kept`
 * also lets `KeptAside` through, and a filter on both criteria is sent as the stream one. Stream prefixes go
 * first because a consumer's streams are usually the narrower cut of the log. With no filter, system events
 * are dropped on the server.
 */
export function serverFilterFor(filter: EventFilter | undefined): Filter {
  if (filter?.streamPrefixes?.length) return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  if (filter?.eventTypes?.length) return eventTypeFilter({ prefixes: [...filter.eventTypes] });
  return excludeSystemEvents();
}
