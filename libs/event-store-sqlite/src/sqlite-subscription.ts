import { EventEmitter } from 'node:events';
import { EventSubscription, RecordedEvent } from '@era/event-store';

const BATCH = 500;
/** Failed reads in a row (a locked or busy file) before the failure is passed on to the consumer. */
const READ_ATTEMPTS = 5;

/**
 * Catch-up then live over the SQLite log: pages through stored events, then waits for an in-process append
 * signal or, for appends made by another process on the same file, the next poll. A read that fails is tried
 * again from the last event yielded, after a pause; only after READ_ATTEMPTS failures in a row does iteration throw.
 */
export class SqliteSubscription implements EventSubscription {
  private closed = false;
  private wake?: () => void;
  private readonly onSignal = () => this.wake?.();
  private readonly onStoreClosed = () => void this.close();

  constructor(
    private readonly page: (after: number, limit: number) => RecordedEvent[],
    private readonly appended: EventEmitter,
    private position: number,
    private readonly pollIntervalMs: number,
  ) {
    appended.on('appended', this.onSignal);
    appended.on('closed', this.onStoreClosed);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    try {
      let failures = 0;
      while (!this.closed) {
        let events: RecordedEvent[];
        try {
          events = this.page(this.position, BATCH);
          failures = 0;
        } catch (error) {
          if (++failures >= READ_ATTEMPTS) throw error;
          await this.nextSignal(this.pollIntervalMs * 2 ** failures);
          continue;
        }
        for (const event of events) {
          if (this.closed) return;
          this.position = event.globalPosition;
          yield event;
        }
        if (events.length < BATCH) await this.nextSignal();
      }
    } finally {
      this.detach();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    this.detach();
  }

  private nextSignal(waitMs = this.pollIntervalMs): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      this.wake = done;
    });
  }

  private detach(): void {
    this.appended.off('appended', this.onSignal);
    this.appended.off('closed', this.onStoreClosed);
  }
}
