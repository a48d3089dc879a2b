import { AllStreamSubscription } from '@eventstore/db-client';
import { EventFilter, EventSubscription, RecordedEvent } from '@era/event-store';
import { fromEsdbEvent, StoredEsdbEvent } from './envelope-mapping';
import { globalPositionOf, isAfter } from './positions';
import { isVisible } from './log-filter';

/** What is used of the client's $all subscription: its resolved events, and the means to end it. */
export type SubscriptionSource = AsyncIterable<{ event?: StoredEsdbEvent }> & Pick<AllStreamSubscription, 'unsubscribe' | 'destroy'>;

/**
 * Catch-up then live over a server-side $all subscription, which already does both in one stream. What it
 * adds: our envelope, the exclusive `after` (the server's boundary handling has changed between versions),
 * and the final filtering (see log-filter.ts). Should the server drop the subscription, iteration throws:
 * the consumer resubscribes from its last checkpoint, as it would after a restart.
 */
export class EventStoreDbSubscription implements EventSubscription {
  private closed = false;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly after: number,
    private readonly filter: EventFilter | undefined,
    private readonly onClosed: (subscription: EventStoreDbSubscription) => void,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let checkpoint = this.after;
    try {
      for await (const resolved of this.source) {
        const stored = resolved.event;
        if (!stored || !isVisible(stored, undefined)) continue;
        const position = globalPositionOf(stored);
        if (!isAfter(position, checkpoint)) continue;
        checkpoint = position;
        if (isVisible(stored, this.filter)) yield fromEsdbEvent(stored);
      }
    } catch (error) {
      // Cancelling the call on close() may surface as an error from the stream: that is the end we asked for.
      if (!this.closed) throw error;
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClosed(this);
    await this.source.unsubscribe();
    // Ends an iteration still waiting for the next event, whatever the gRPC layer does on cancel.
    this.source.destroy();
  }
}
