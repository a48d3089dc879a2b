/**
 * Turns the stored shape of one event type at one schema version into the next version's shape. Each area declares
 * its own next to its events (typed by their names), so that a domain needs nothing of the event store to do so; the
 * store's upcasting view applies them all, and the stored bytes are never rewritten.
 */
export interface Upcaster<T extends string = string> {
  eventType: T;
  fromVersion: number;
  upcast(data: Record<string, unknown>): Record<string, unknown>;
}
