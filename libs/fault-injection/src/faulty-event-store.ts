import {
  AppendOptions,
  AppendResult,
  EventData,
  EventStore,
  EventSubscription,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '@era/event-store';
import { SimulatedProcess } from './simulated-process';

/**
 * The event-store port with faults on the paths the projection engine reads: subscriptions (open, each read,
 * ending early) and the head position. Appends and stream reads pass through (append faults are the command path's).
 */
export class FaultyEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly process: SimulatedProcess,
  ) {}

  get positionsAreContiguous(): boolean {
    return this.inner.positionsAreContiguous;
  }

  append(streamId: string, events: readonly NewEvent<EventData>[], options: AppendOptions): Promise<AppendResult> {
    this.process.assertAlive();
    return this.inner.append(streamId, events, options);
  }

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    this.process.assertAlive();
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    this.process.assertAlive();
    return this.inner.readAll(options);
  }

  async headPosition(): Promise<number> {
    await this.process.strike('head-position');
    return this.inner.headPosition();
  }

  subscribe(options?: SubscribeOptions): EventSubscription {
    // A dead process's engine learns of its death on the first read, like every other of its calls that can wait.
    if (!this.process.crashed) this.process.strikeNow('subscribe');
    const inner = this.inner.subscribe(options);
    const process = this.process;
    let opened = false;
    return {
      close: () => inner.close(),
      [Symbol.asyncIterator]: (): AsyncIterator<RecordedEvent> => {
        const events = inner[Symbol.asyncIterator]();
        return {
          async next(): Promise<IteratorResult<RecordedEvent>> {
            const point = opened ? 'subscription-next' : 'subscription-open';
            opened = true;
            if ((await process.strike(point)) === 'end') {
              await inner.close();
              return { done: true, value: undefined };
            }
            return events.next();
          },
          async return(): Promise<IteratorResult<RecordedEvent>> {
            await inner.close();
            return { done: true, value: undefined };
          },
        };
      },
    };
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
