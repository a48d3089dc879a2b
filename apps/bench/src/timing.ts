/** Milliseconds since an arbitrary origin, with sub-microsecond resolution. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function summarise(latenciesMs: number[]): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  return { p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted.length ? sorted[sorted.length - 1] : NaN };
}

export interface TimedLoopResult extends LatencySummary {
  operations: number;
  seconds: number;
  perSecond: number;
}

/** Runs `operation` one call after another (each awaited) for `seconds`, after a few untimed warm-up calls. */
export async function timedLoop(seconds: number, operation: () => unknown, warmup = 50): Promise<TimedLoopResult> {
  for (let i = 0; i < warmup; i++) await operation();
  const latencies: number[] = [];
  const start = nowMs();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    const before = now;
    await operation();
    now = nowMs();
    latencies.push(now - before);
  }
  const elapsed = (now - start) / 1000;
  return { operations: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed, ...summarise(latencies) };
}
