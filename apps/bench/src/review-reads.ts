import { EventStore, RecordedEvent, UpcasterRegistry, UpcastingEventStore } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { produceComplianceReview } from '@era/licensing-compliance';
import { licenceStream } from '@era/licensing-domain';
import { ALL_UPCASTERS } from '@era/projection-catalogue';
import { SqliteReadStore } from '@era/read-store-sqlite';

export interface ReviewReads {
  licenceId: string;
  /** Events the review of that one licence read from the log (replay and verification together). */
  eventsRead: number;
  /** Of those, read by walking the log (readAll) rather than by stream: none when the review reads only its streams. */
  walkedEvents: number;
  /** Events in the log. */
  logEvents: number;
  /** Of those, the licence's own stream's. */
  licenceEvents: number;
  lastPosition: number;
}

/** The store, counting every event any of its reads yields. */
function counting(store: EventStore, count: { events: number; walked: number }): EventStore {
  const counted = async function* (events: AsyncIterable<RecordedEvent>, walked = false) {
    for await (const event of events) {
      count.events += 1;
      if (walked) count.walked += 1;
      yield event;
    }
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'readStream') return (...args: Parameters<EventStore['readStream']>) => counted(target.readStream(...args));
      if (property === 'readAll') return (...args: Parameters<EventStore['readAll']>) => counted(target.readAll(...args), true);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** How much of the log a review of one licence reads, the way the API and the CLI produce it (in this process). */
export async function measureReviewReads(eventsFile: string, licenceId: string): Promise<ReviewReads> {
  const raw = new SqliteEventStore({ file: eventsFile });
  try {
    const count = { events: 0, walked: 0 };
    const rawEvents = counting(raw, count);
    const events = new UpcastingEventStore(rawEvents, new UpcasterRegistry(ALL_UPCASTERS));
    const asOf = new Date().toISOString();
    const review = await produceComplianceReview(
      { events, rawEvents, documents: { check: async () => 'missing' }, openScratch: () => new SqliteReadStore({ file: '' }) },
      { asOf, effectiveOn: asOf.slice(0, 10), timeZone: 'UTC', provisional: false, licenceId },
    );
    const eventsRead = count.events;
    const licenceEvents = ((await raw.streamHead(licenceStream(licenceId)))?.revision ?? -1) + 1;
    return { licenceId, eventsRead, walkedEvents: count.walked, logEvents: await raw.eventCount(), licenceEvents, lastPosition: review.lastPositionIncluded };
  } finally {
    await raw.close();
  }
}
