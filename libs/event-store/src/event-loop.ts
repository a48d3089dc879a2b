/**
 * Lets timers and I/O (HTTP requests, health checks) run. Long loops over the log call it every so often, since
 * reading SQLite is synchronous and an async loop over it would otherwise never give the event loop a turn.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How long a loop over the log may keep the event loop before it gives the rest of the process a turn. */
export const WORK_SLICE_MS = 5;
/** Longest a slice of background work holds back for other requests, so that a steady stream of them cannot starve it. */
const MAX_HOLD_BACK_MS = 50;

let foregroundBusy: () => boolean = () => false;

/**
 * Lets the process say when requests other than background work are being answered (the HTTP layer counts them):
 * time-sliced work then holds back between slices, up to a bound, so that a write, which needs several turns of the
 * event loop (append, projections, answer), does not wait for a slice of every background job at each of them.
 */
export function prioritiseForeground(busy: () => boolean): void {
  foregroundBusy = busy;
}

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
    const heldBackSince = Date.now();
    while (foregroundBusy() && Date.now() - heldBackSince < MAX_HOLD_BACK_MS) await new Promise((resolve) => setTimeout(resolve, 1));
    this.sliceStarted = Date.now();
  }
}
