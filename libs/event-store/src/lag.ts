import { EventStore } from './event-store.port';

/** A projection's distance from the head of the log, in events; `atLeast` when counting stopped at the limit. */
export interface EventLag {
  events: number;
  atLeast: boolean;
}

/** Where counting stops: enough to tell "keeping up" from "far behind" without walking a long log on every status. */
export const LAG_COUNT_LIMIT = 1000;

/**
 * How many events lie after `position`, up to `limit`: the adapter's own count where it has one, else a read of the
 * log (filters none: every event of ours is one a projection must at least look at).
 */
export async function countEventsAfter(store: EventStore, position: number, limit = LAG_COUNT_LIMIT): Promise<EventLag> {
  if (store.countEventsAfter) {
    const counted = await store.countEventsAfter(position, limit + 1);
    return { events: Math.min(counted, limit), atLeast: counted > limit };
  }
  let counted = 0;
  for await (const _event of store.readAll({ after: position, maxCount: limit + 1 })) counted += 1;
  return { events: Math.min(counted, limit), atLeast: counted > limit };
}

/** "12", or "1000+" when counting stopped at the limit. */
export function describeLag(lag: EventLag): string {
  return lag.atLeast ? `${lag.events}+` : String(lag.events);
}
