import { setTimeout as sleep } from 'node:timers/promises';
import { AllStreamSubscription } from '@eventstore/db-client';
import { EventFilter, EventSubscription, RecordedEvent } from '@era/event-store';
import { fromEsdbEvent, StoredEsdbEvent } from './envelope-mapping';
import { globalPositionOf, isAfter } from './positions';
import { isVisible } from './log-filter';

/** What is used of the client's $all subscription: its resolved events, and the means to end it. */
export type SubscriptionSource = AsyncIterable<{ event?: StoredEsdbEvent }> & Pick<AllStreamSubscription, 'unsubscribe' | 'destroy'>;

/** Opens the client's $all subscription after a position (exclusive, see positions.ts). */
export type OpenSubscriptionSource = (after: number) => SubscriptionSource;

export interface SubscriptionResume {
  /** Resubscriptions in a row without an event in between before the failure is passed on. */
  attempts: number;
  /** First wait before resubscribing; doubles each time. */
  baseMs: number;
}

const DEFAULT_RESUME: SubscriptionResume = { attempts: 5, baseMs: 200 };

/**
 * Catch-up then live over a server-side $all subscription, which already does both in one stream. What it
 * adds: our envelope, the exclusive `after` (the server's boundary handling has changed between versions),
 * the final filtering (see log-filter.ts), and resuming: the client does not resubscribe when the call fails or
 * ends (a leader election, a node restart, a network blip), so this does, from the last event it saw. Only after
 * `attempts` failures in a row does iteration throw, and the consumer resubscribes from its checkpoint.
 */
export class EventStoreDbSubscription implements EventSubscription {
  private closed = false;
  private source: SubscriptionSource;
  private readonly open?: OpenSubscriptionSource;

  constructor(
    source: SubscriptionSource | OpenSubscriptionSource,
    private readonly after: number,
    private readonly filter: EventFilter | undefined,
    private readonly onClosed: (subscription: EventStoreDbSubscription) => void,
    private readonly resume: SubscriptionResume = DEFAULT_RESUME,
  ) {
    if (typeof source === 'function') {
      this.open = source;
      this.source = source(after);
    } else {
      this.source = source;
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let checkpoint = this.after;
    let failures = 0;
    try {
      while (!this.closed) {
        let failure: unknown = new Error('the EventStoreDB subscription ended');
        try {
          for await (const resolved of this.source) {
            const stored = resolved.event;
            if (!stored || !isVisible(stored, undefined)) continue;
            const position = globalPositionOf(stored);
            if (!isAfter(position, checkpoint)) continue;
            checkpoint = position;
            failures = 0;
            if (isVisible(stored, this.filter)) yield fromEsdbEvent(stored);
          }
          // A plain source that ends is the end (as before); a subscription we can reopen has lost its call.
          if (!this.open) return;
        } catch (error) {
          failure = error;
        }
        // Cancelling the call on close() may surface as an error from the stream: that is the end we asked for.
        if (this.closed) return;
        failures += 1;
        if (!this.open || failures > this.resume.attempts) throw failure;
        await this.reopen(checkpoint, failures);
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClosed(this);
    await this.source.unsubscribe().catch(() => undefined);
    // Ends an iteration still waiting for the next event, whatever the gRPC layer does on cancel.
    this.source.destroy();
  }

  private async reopen(checkpoint: number, failures: number): Promise<void> {
    const dropped = this.source;
    await dropped.unsubscribe().catch(() => undefined);
    dropped.destroy();
    await sleep(this.resume.baseMs * 2 ** (failures - 1));
    if (!this.closed && this.open) this.source = this.open(checkpoint);
  }
}
