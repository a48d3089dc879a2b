/** The queue is full: the caller should come back after `retryAfterSeconds`. */
export class WorkQueueFullError extends Error {
  override readonly name = 'WorkQueueFullError';
  constructor(
    readonly retryAfterSeconds: number,
    readonly limits: WorkQueueLimits,
  ) {
    super(`${limits.concurrency} running and ${limits.queueLength} waiting already`);
  }
}

export interface WorkQueueLimits {
  /** How many run at once (at least 1). */
  concurrency: number;
  /** How many more may wait for a turn; beyond that, work is refused at once. */
  queueLength: number;
}

/** Seconds a refused caller is told to wait before no estimate exists (nothing has finished yet). */
const FIRST_RETRY_AFTER_SECONDS = 5;
const MAX_RETRY_AFTER_SECONDS = 300;

/**
 * Admits at most `concurrency` pieces of work at once, lets `queueLength` more wait their turn in arrival order and
 * refuses the rest at once (WorkQueueFullError), so that expensive work cannot pile up without bound. Framework-free:
 * the HTTP layer maps the refusal to 429 with Retry-After.
 */
export class BoundedWorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Moving average of how long a piece of work took, for Retry-After. */
  private averageMs: number | undefined;

  constructor(
    readonly limits: WorkQueueLimits,
    private readonly clock: () => number = Date.now,
  ) {
    if (!Number.isInteger(limits.concurrency) || limits.concurrency < 1) throw new RangeError('concurrency must be a whole number of at least 1');
    if (!Number.isInteger(limits.queueLength) || limits.queueLength < 0) throw new RangeError('queueLength must be a whole number, 0 or more');
  }

  get state(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `work` when a turn comes; refuses at once when every turn and every waiting place is taken. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limits.concurrency) {
      if (this.waiting.length >= this.limits.queueLength) throw new WorkQueueFullError(this.retryAfterSeconds(), this.limits);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    const started = this.clock();
    try {
      return await work();
    } finally {
      this.finished(this.clock() - started);
    }
  }

  private finished(durationMs: number): void {
    this.averageMs = this.averageMs === undefined ? durationMs : 0.7 * this.averageMs + 0.3 * durationMs;
    // The turn passes straight to the next in line, so that a newcomer cannot take it first.
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }

  /** Roughly when a place frees up: the work ahead, at the average duration, shared among the turns. */
  private retryAfterSeconds(): number {
    if (this.averageMs === undefined) return FIRST_RETRY_AFTER_SECONDS;
    const ahead = this.running + this.waiting.length;
    const seconds = Math.ceil((this.averageMs * ahead) / this.limits.concurrency / 1000);
    return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds));
  }
}
