/**
 * Lets timers and I/O (HTTP requests, health checks) run. Long loops over the log call it every so often, since
 * reading SQLite is synchronous and an async loop over it would otherwise never give the event loop a turn.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
