import { DEFAULT_PROJECTOR_HEARTBEAT_MS, STALE_AFTER_BEATS } from '@era/projection-engine';

type ErrorClass = new (message: string) => Error;

/** How the service rides out faults of its stores (documented in the README's environment table). */
export interface ResilienceConfig {
  /**
   * How long an SQLite write waits for a lock another process holds (SQLITE_BUSY after that). better-sqlite3 waits
   * synchronously, holding up every request meanwhile, so this is short: an append then answers 503 with Retry-After,
   * a projection retries with back-off.
   */
  sqliteBusyTimeoutMs: number;
  /** The same for the read-model file: short, since a projection whose commit fails retries with back-off anyway. */
  readStoreBusyTimeoutMs: number;
  /** Back-off of a projection after a transient fault: first delay and cap. */
  projectionRetry: { baseMs: number; capMs: number };
  /** A projection retrying for longer than this makes /health `degraded`. */
  projectionRetryingDegradedMs: number;
  /** A projector whose projection is poisoned, or retrying past the time above, exits non-zero (for a supervisor to restart). */
  projectorExitOnFailure: boolean;
  /** How often the process running the projections records its heartbeat in the read store. */
  projectorHeartbeatMs: number;
  /** In api mode and the CLI, a projector heartbeat older than this makes /health `degraded` (default: three beats). */
  projectorStaleMs: number;
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
  const heartbeatMs = milliseconds('PROJECTOR_HEARTBEAT_MS', DEFAULT_PROJECTOR_HEARTBEAT_MS);
  if (heartbeatMs === 0) throw new invalid('PROJECTOR_HEARTBEAT_MS must be at least 1');
  return {
    sqliteBusyTimeoutMs: milliseconds('SQLITE_BUSY_TIMEOUT_MS', 2000),
    readStoreBusyTimeoutMs: milliseconds('READ_STORE_BUSY_TIMEOUT_MS', 1000),
    projectionRetry: { baseMs: milliseconds('PROJECTION_RETRY_BASE_MS', 250), capMs: milliseconds('PROJECTION_RETRY_CAP_MS', 5000) },
    projectionRetryingDegradedMs: milliseconds('PROJECTION_RETRYING_DEGRADED_MS', 60_000),
    projectorExitOnFailure: flag('PROJECTOR_EXIT_ON_FAILURE'),
    projectorHeartbeatMs: heartbeatMs,
    projectorStaleMs: milliseconds('PROJECTOR_STALE_MS', heartbeatMs * STALE_AFTER_BEATS),
  };
}
