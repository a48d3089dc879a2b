import { EventEmitter } from 'node:events';
import { EventSubscription, RecordedEvent } from '@era/event-store';

const BATCH = 500;

/**
 * Catch-up then live over the SQLite log: pages through stored events, then waits for an in-process append
 * signal or, for appends made by another process on the same file, the next poll.
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
      while (!this.closed) {
        const events = this.page(this.position, BATCH);
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

  private nextSignal(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.pollIntervalMs);
      this.wake = done;
    });
  }

  private detach(): void {
    this.appended.off('appended', this.onSignal);
    this.appended.off('closed', this.onStoreClosed);
  }
}
