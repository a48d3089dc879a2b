import { ReadStore } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';

/** Throwaway storage for replays up to a point: in memory, gone when closed, whatever the production store is. */
export function openScratchReadStore(): ReadStore {
  return new SqliteReadStore({ file: ':memory:' });
}
