import { MongoClient, MongoServerError } from 'mongodb';

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
