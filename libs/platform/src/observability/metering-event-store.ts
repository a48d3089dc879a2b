import { AppendTooLargeError, ConcurrencyConflictError, EventStore, StoreUnavailableError, InvalidAppendError } from '@era/event-store';
import { ServiceMetrics } from './service-metrics';

/** What became of an append, as a metric label: few values, none of them data. */
export function appendOutcome(error: unknown): string {
  if (error instanceof ConcurrencyConflictError) return 'conflict';
  if (error instanceof InvalidAppendError) return 'refused';
  if (error instanceof AppendTooLargeError) return 'too-large';
  if (error instanceof StoreUnavailableError) return 'unavailable';
  return 'error';
}

/**
 * The event store with its appends counted and timed. A proxy rather than a class, so that every other member of
 * the port (optional ones included, and any added later) passes through untouched.
 */
export function meteredEventStore(store: EventStore, metrics: ServiceMetrics): EventStore {
  const append: EventStore['append'] = async (streamId, events, options) => {
    const stop = metrics.appendDuration.startTimer();
    try {
      const result = await store.append(streamId, events, options);
      stop({ outcome: 'ok' });
      metrics.appends.inc({ outcome: 'ok' });
      metrics.appendedEvents.inc(result.events.length);
      return result;
    } catch (error) {
      const outcome = appendOutcome(error);
      stop({ outcome });
      metrics.appends.inc({ outcome });
      throw error;
    }
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') return append;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
