import { ReadStore } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';

/**
 * Throwaway storage for replays up to a point, whatever the production store is: an SQLite temporary database
 * (the empty file name), which spills to a private file that SQLite deletes on close, so a replay of a long log
 * does not have to fit in memory.
 */
export function openScratchReadStore(): ReadStore {
  return new SqliteReadStore({ file: '' });
}
