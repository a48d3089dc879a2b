import { Db, MongoServerError } from 'mongodb';

const NAMESPACE_EXISTS = 48;

/**
 * Creates the collection unless it exists. Explicitly, rather than on first write, so an empty collection exists
 * too and a transaction never has to create one (not allowed everywhere, e.g. cross-shard).
 */
export async function ensureMongoCollection(db: Db, name: string): Promise<void> {
  try {
    await db.createCollection(name);
  } catch (error) {
    if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
  }
}
