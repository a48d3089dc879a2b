import { MaxAppendSizeExceededError, NotLeaderError, UnavailableError } from '@eventstore/db-client';
import { AppendTooLargeError, StoreUnavailableError } from '@era/event-store';

/**
 * Errors after which the same call may be sent again: the node we spoke to is no longer the leader (the client
 * reconnects to the new one), or the gRPC channel answered UNAVAILABLE (a node restarting, a network blip).
 */
export function isLeaderChange(error: unknown): boolean {
  return error instanceof NotLeaderError || error instanceof UnavailableError;
}

/** Seconds a client is asked to wait: an election in a healthy cluster takes a few seconds. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Runs `operation` once more after a leader change, and only once: a second failure means the cluster has no
 * leader for now, which the caller hears as the port's StoreUnavailableError (503 with Retry-After) rather
 * than a 500. `attempt` lets the operation tell a first try from the retry.
 */
export async function retryOnceOnLeaderChange<T>(what: string, operation: (attempt: 1 | 2) => Promise<T>): Promise<T> {
  try {
    return await operation(1);
  } catch (error) {
    if (!isLeaderChange(error)) throw error;
  }
  try {
    return await operation(2);
  } catch (error) {
    if (!isLeaderChange(error)) throw error;
    throw new StoreUnavailableError(`EventStoreDB could not ${what}: ${(error as Error).message}`, RETRY_AFTER_SECONDS, { cause: error });
  }
}

/** The server's size limit as the port's refusal; any other error unchanged. */
export function asPortError(streamId: string, error: unknown): unknown {
  return error instanceof MaxAppendSizeExceededError ? new AppendTooLargeError(streamId, error.maxAppendSize) : error;
}
