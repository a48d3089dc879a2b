import { SqliteEventStore } from '../sqlite-event-store';

/** Opens the store on the file for one piece of work and closes it again, as a separate process would. */
export async function withStoreOn<T>(file: string, body: (store: SqliteEventStore) => Promise<T>): Promise<T> {
  const store = new SqliteEventStore({ file });
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
