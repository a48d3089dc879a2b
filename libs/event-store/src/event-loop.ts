/**
 * Lets timers and I/O (HTTP requests, health checks) run. Long loops over the log call it every so often, since
 * reading SQLite is synchronous and an async loop over it would otherwise never give the event loop a turn.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How long a loop over the log may keep the event loop before it gives the rest of the process a turn. */
export const WORK_SLICE_MS = 10;

/**
 * Time-sliced work: a long loop asks `due()` at each step (cheap) and, when its slice is used up, awaits `give()`.
 * Slicing by time rather than by a count of events keeps the pause others see short however costly each step is,
 * so that /health and writes answer within a few slices while whole-log work runs.
 */
export class EventLoopTurns {
  private sliceStarted = Date.now();

  constructor(private readonly sliceMs: number = WORK_SLICE_MS) {}

  due(): boolean {
    return Date.now() - this.sliceStarted >= this.sliceMs;
  }

  async give(): Promise<void> {
    await yieldToEventLoop();
    this.sliceStarted = Date.now();
  }
}
