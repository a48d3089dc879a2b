import { ClientSession, MongoClient, MongoClientOptions, MongoServerError, TransactionOptions, WriteConcern } from 'mongodb';

export type TransactionMode = 'auto' | 'never';

/**
 * Multi-document transactions need a replica-set member or a mongos (and sessions); a standalone server has
 * neither, and commits then run without one.
 */
export async function serverSupportsTransactions(client: MongoClient): Promise<boolean> {
  const hello = await client.db('admin').command({ hello: 1 });
  const replicated = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
  return replicated && hello.logicalSessionTimeoutMinutes != null;
}

const ILLEGAL_OPERATION = 20;

/** The server refused a transaction as such (e.g. a standalone behind a proxy that answered `hello` for a replica set). */
export function isTransactionUnsupported(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === ILLEGAL_OPERATION && /transaction/i.test(error.message);
}

/**
 * Stated, not left to the server's defaults (which a cluster's settings can change): a commit reads the generation
 * it checks from one snapshot, and is acknowledged only once a majority has it in their journals, so that a
 * fail-over never rolls back a checkpoint the engine has moved past.
 */
export const COMMIT_TRANSACTION_OPTIONS: TransactionOptions = {
  readConcern: { level: 'snapshot' },
  writeConcern: new WriteConcern('majority', undefined, true),
  readPreference: 'primary',
};

/** Outside transactions (reads, and commits on a standalone server): majority reads, majority journaled writes. */
export const CLIENT_CONCERNS: Pick<MongoClientOptions, 'readConcern' | 'writeConcern'> = {
  readConcern: { level: 'majority' },
  writeConcern: { w: 'majority', journal: true },
};

/** Runs `work` in one transaction with the options above; withTransaction retries it on transient errors. */
export async function inTransaction(client: Pick<MongoClient, 'withSession'>, work: (session: ClientSession) => Promise<void>): Promise<void> {
  await client.withSession((session) => session.withTransaction(() => work(session), COMMIT_TRANSACTION_OPTIONS));
}
