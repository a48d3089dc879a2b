/** Capped exponential back-off for transient faults: the delay doubles from `baseMs` up to `capMs`. */
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 250, capMs: 5000 };

/**
 * The wait before retry number `attempt` (1-based): half the capped exponential delay, plus up to as much again at
 * random ("equal jitter"), so that projections failing together do not retry in step, yet never retry at once.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt, 1) - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
