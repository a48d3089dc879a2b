import { ConfigurationError } from './configuration-error';

/** Limits of whole-log work (as-of statistics, verification, compliance reviews): see WholeLogQueue. */
export interface WholeLogConfig {
  /** How many run at once in this process. */
  concurrency: number;
  /** How many more may wait; the rest are answered 429 with Retry-After. */
  queueLength: number;
}

export function loadWholeLogConfig(env: NodeJS.ProcessEnv): WholeLogConfig {
  return {
    concurrency: wholeNumber('WHOLE_LOG_CONCURRENCY', env.WHOLE_LOG_CONCURRENCY, 2, 1),
    queueLength: wholeNumber('WHOLE_LOG_QUEUE_LENGTH', env.WHOLE_LOG_QUEUE_LENGTH, 8, 0),
  };
}

function wholeNumber(name: string, value: string | undefined, fallback: number, least: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < least) throw new ConfigurationError(`${name} must be a whole number of at least ${least}; got ${value}`);
  return parsed;
}
