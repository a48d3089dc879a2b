type PragmaHandle = { pragma(source: string): unknown };

/**
 * The SQLite adapters wait 10 s for a lock, blocking the event loop meanwhile; a lock scenario in a test waits
 * `ms` instead, so that it meets SQLITE_BUSY without holding the file for 10 s. Reaches the driver handle the
 * adapters keep (`database` on the event store, `db` on the read store).
 */
export function shortenBusyTimeout(store: object, ms: number): void {
  const { database, db } = store as { database?: PragmaHandle; db?: PragmaHandle };
  const handle = database ?? db;
  if (!handle) throw new Error('not an SQLite adapter: no driver handle to set the busy time-out on');
  handle.pragma(`busy_timeout = ${ms}`);
}
