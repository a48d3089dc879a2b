import { RecordedEvent } from './envelope';
import { EventStore, EventSubscription, ReadAllOptions, ReadStreamOptions, SubscribeOptions } from './event-store.port';
import { UpcasterRegistry } from './upcasting';

/** Reads through the upcaster registry, so that consumers only ever see current shapes. Appends pass through. */
export class UpcastingEventStore implements EventStore {
  readonly positionsAreContiguous: boolean;
  readonly recordedAtIsMonotonic: boolean;
  readonly eventIdsAreUniqueInStore: boolean;
  readonly eventCount?: EventStore['eventCount'];
  readonly countEventsAfter?: EventStore['countEventsAfter'];
  // Stream heads are the store's bookkeeping, not events: nothing to upcast, so they pass through where kept.
  readonly streamHeads?: EventStore['streamHeads'];
  readonly streamHead?: EventStore['streamHead'];

  constructor(
    private readonly inner: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {
    this.positionsAreContiguous = inner.positionsAreContiguous;
    this.recordedAtIsMonotonic = inner.recordedAtIsMonotonic === true;
    this.eventIdsAreUniqueInStore = inner.eventIdsAreUniqueInStore === true;
    if (inner.eventCount) this.eventCount = inner.eventCount.bind(inner);
    if (inner.countEventsAfter) this.countEventsAfter = inner.countEventsAfter.bind(inner);
    if (inner.streamHeads) this.streamHeads = inner.streamHeads.bind(inner);
    if (inner.streamHead) this.streamHead = inner.streamHead.bind(inner);
  }

  append: EventStore['append'] = (streamId, events, options) => this.inner.append(streamId, events, options);
  headPosition = () => this.inner.headPosition();
  close = () => this.inner.close();

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.mapped(this.inner.readStream(streamId, options));
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.mapped(this.inner.readAll(options));
  }

  subscribe(options?: SubscribeOptions): EventSubscription {
    const inner = this.inner.subscribe(options);
    const mapped = this.mapped(inner);
    return { [Symbol.asyncIterator]: () => mapped[Symbol.asyncIterator](), close: () => inner.close() };
  }

  private async *mapped(events: AsyncIterable<RecordedEvent>): AsyncIterable<RecordedEvent> {
    for await (const event of events) yield this.upcasters.upcast(event);
  }
}
