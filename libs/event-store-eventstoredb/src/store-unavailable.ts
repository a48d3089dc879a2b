import { NotLeaderError, UnavailableError } from '@eventstore/db-client';
import { StoreUnavailableError } from '@era/event-store';

/**
 * The cluster could not take the request: no leader (an election under way) or no connection. The server refused or
 * never got it, so nothing was written. A time-out is not one of these: the write may have landed.
 */
export function isClusterUnavailable(error: unknown): boolean {
  return error instanceof UnavailableError || error instanceof NotLeaderError;
}

/** Runs an append; a cluster that cannot take it becomes StoreUnavailableError (503 with Retry-After). */
export async function unlessClusterUnavailable<T>(append: () => Promise<T>): Promise<T> {
  try {
    return await append();
  } catch (error) {
    if (isClusterUnavailable(error))
      throw new StoreUnavailableError('the event store cluster has no leader or cannot be reached; nothing was recorded, try again shortly');
    throw error;
  }
}
