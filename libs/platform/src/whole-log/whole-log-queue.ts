import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { prioritiseForeground } from '@era/event-store';
import { AppConfig } from '../config/app-config';
import { DomainRefusal } from '../http/problem-details.filter';
import { APP_CONFIG } from '../stores/tokens';
import { currentCorrelationId } from '../observability/request-context';
import { BoundedWorkQueue, WorkQueueFullError } from './bounded-work-queue';

/**
 * The one queue of this process for work that reads the whole log (as-of statistics, verification, compliance
 * reviews): a few run at once, a few more wait, and the rest are answered 429 with Retry-After, so that no number of
 * requests can take over the process. Each such work also yields to the event loop as it goes, so /health and writes
 * keep answering meanwhile.
 */
@Injectable()
export class WholeLogQueue {
  readonly queue: BoundedWorkQueue;
  private requestsInFlight = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.queue = new BoundedWorkQueue(config.wholeLog);
    // Any request in flight beyond the whole-log ones (running or waiting) is one their slices should make way for.
    // A request's own sliced work (a live statistics read) only yields its turn: it makes way for nobody, least of
    // all for itself (it is in flight too), which held each live read back 50 ms per 5 ms slice.
    prioritiseForeground(() => !answeringRequest() && this.requestsInFlight > this.queue.state.running + this.queue.state.waiting);
  }

  /** Express middleware: counts the requests being answered, for the priority above. */
  readonly countRequests = (_request: unknown, response: { once(event: 'close', listener: () => void): unknown }, next: () => void): void => {
    this.requestsInFlight += 1;
    response.once('close', () => (this.requestsInFlight -= 1));
    next();
  };

  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.queue.run(() => wholeLogWork.run(true, work));
    } catch (error) {
      if (error instanceof WorkQueueFullError) throw busy(error);
      throw error;
    }
  }
}

/** Set while whole-log work runs: it is background work even when a request asked for it. */
const wholeLogWork = new AsyncLocalStorage<boolean>();

/** Serving a request (its correlation context), with work of its own rather than whole-log work. */
const answeringRequest = () => currentCorrelationId() !== undefined && wholeLogWork.getStore() !== true;

function busy(error: WorkQueueFullError): DomainRefusal {
  const { concurrency, queueLength } = error.limits;
  return new DomainRefusal(
    429,
    'whole-log-work-busy',
    `this server already runs ${concurrency} whole-log request(s) (as-of statistics, verification, compliance review) with ${queueLength} waiting; ` +
      `try again in ${error.retryAfterSeconds} s`,
    {
      title: 'Too much whole-log work at once',
      extensions: { concurrency, queueLength, retryAfterSeconds: error.retryAfterSeconds },
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    },
  );
}
