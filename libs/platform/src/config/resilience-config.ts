type ErrorClass = new (message: string) => Error;

/** How the service rides out faults of its stores (documented in the README's environment table). */
export interface ResilienceConfig {
  /**
   * How long an SQLite write waits for a lock another process holds (SQLITE_BUSY after that). better-sqlite3 waits
   * synchronously, holding up every request meanwhile, so this is short: an append then answers 503 with Retry-After,
   * a projection retries with back-off.
   */
  sqliteBusyTimeoutMs: number;
  /** Back-off of a projection after a transient fault: first delay and cap. */
  projectionRetry: { baseMs: number; capMs: number };
  /** A projection retrying for longer than this makes /health `degraded`. */
  projectionRetryingDegradedMs: number;
  /** A projector whose projection is poisoned, or retrying past the time above, exits non-zero (for a supervisor to restart). */
  projectorExitOnFailure: boolean;
}

/** `invalid` is the configuration's error class (ConfigurationError), passed in to keep this file free of a cycle. */
export function loadResilienceConfig(env: NodeJS.ProcessEnv, invalid: ErrorClass): ResilienceConfig {
  const milliseconds = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (!/^\d{1,9}$/.test(value)) throw new invalid(`${name} must be a whole number of milliseconds; got ${value}`);
    return Number(value);
  };
  const flag = (name: string): boolean => {
    const value = env[name];
    if (value === undefined || value === '' || value === 'false' || value === '0') return false;
    if (value === 'true' || value === '1') return true;
    throw new invalid(`${name} must be true or false; got ${value}`);
  };
  return {
    sqliteBusyTimeoutMs: milliseconds('SQLITE_BUSY_TIMEOUT_MS', 2000),
    projectionRetry: { baseMs: milliseconds('PROJECTION_RETRY_BASE_MS', 250), capMs: milliseconds('PROJECTION_RETRY_CAP_MS', 30_000) },
    projectionRetryingDegradedMs: milliseconds('PROJECTION_RETRYING_DEGRADED_MS', 60_000),
    projectorExitOnFailure: flag('PROJECTOR_EXIT_ON_FAILURE'),
  };
}
