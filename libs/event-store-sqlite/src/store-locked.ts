import { StoreUnavailableError } from '@era/event-store';

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …): another connection held the lock past busy_timeout. */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Runs a write; a file locked by another process past the busy time-out becomes StoreUnavailableError (nothing written). */
export function unlessLocked<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isSqliteBusy(error)) throw new StoreUnavailableError('the event store is locked by another process; nothing was recorded, try again shortly');
    throw error;
  }
}
