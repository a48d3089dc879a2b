import {
  assertCommitExpectations,
  Checkpoint,
  CollectionDefinition,
  CommitRequest,
  expectedSlots,
  FindQuery,
  Page,
  ReadDocument,
  ReadStore,
} from '@era/read-store';
import { ClientSession, Db, MongoClient, MongoClientOptions } from 'mongodb';
import { CheckpointDocument, fromCheckpointDocument } from './checkpoint-document';
import { CollectionCatalog } from './collection-catalog';
import { checkpointWrites, readModelWrites } from './commit-plan';
import { ensureMongoCollection } from './ensure-mongo-collection';
import { planFind } from './mongo-query';
import { CHECKPOINTS_COLLECTION, mongoCollectionName, TEXT_WORDS_FIELD } from './names';
import { toPage } from './page';
import { fromStored, StoredDocument } from './stored-document';
import { CLIENT_CONCERNS, inTransaction, isTransactionUnsupported, serverSupportsTransactions, TransactionMode } from './transactions';

export interface MongoReadStoreOptions {
  /** 'auto' (default): commit in a transaction when the server supports them (replica set, mongos). */
  transactions?: TransactionMode;
  clientOptions?: MongoClientOptions;
}

/**
 * Read models in MongoDB: a collection per read model (`rm_<name>`, documents keyed by `_id` = our id), their
 * definitions in `read_store_collections`, checkpoints in `projection_checkpoints`.
 *
 * A commit checks its expected generations before writing anything (a stale runner writes nothing), then applies
 * the operations as ordered bulk writes and the checkpoints last. On a replica set or mongos all of that runs in
 * one transaction. Without one (standalone server) the check-then-write is not atomic against a concurrent
 * generation swap, and a crash can leave operations applied without their checkpoint; the projection engine's
 * idempotency by position covers those replays. `atomicCommits` stays false either way, so the engine keeps that
 * bookkeeping whatever the deployment (and if transactions turn out to be refused at run time).
 */
export class MongoReadStore implements ReadStore {
  readonly atomicCommits = false;
  private readonly catalog: CollectionCatalog;
  private checkpointsCollectionReady?: Promise<void>;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private useTransactions: boolean,
  ) {
    this.catalog = new CollectionCatalog(db);
  }

  static async connect(url: string, databaseName: string, options: MongoReadStoreOptions = {}): Promise<MongoReadStore> {
    // ignoreUndefined: like JSON (and the SQLite adapter), a field set to undefined is absent, not null.
    const client = new MongoClient(url, { ignoreUndefined: true, ...CLIENT_CONCERNS, ...options.clientOptions });
    await client.connect();
    try {
      const transactions = options.transactions !== 'never' && (await serverSupportsTransactions(client));
      return new MongoReadStore(client, client.db(databaseName), transactions);
    } catch (error) {
      await client.close();
      throw error;
    }
  }

  /** Whether commits currently run in a multi-document transaction. */
  get usesTransactions(): boolean {
    return this.useTransactions;
  }

  async ensureCollection(definition: CollectionDefinition): Promise<void> {
    await this.catalog.ensure(definition);
  }

  async dropCollection(name: string): Promise<void> {
    await this.catalog.drop(name);
  }

  async listCollections(): Promise<string[]> {
    return this.catalog.names();
  }

  async get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    const stored = await this.readModels(collection).findOne({ _id: id });
    return stored ? fromStored<T>(stored) : undefined;
  }

  async getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    if (ids.length === 0) return found;
    const stored = await this.readModels(collection)
      .find({ _id: { $in: [...new Set(ids)] } })
      .toArray();
    for (const document of stored) found.set(document._id, fromStored<T>(document));
    return found;
  }

  async put(collection: string, document: ReadDocument): Promise<void> {
    await this.commit({ operations: [{ kind: 'put', collection, document }] });
  }

  async delete(collection: string, id: string): Promise<void> {
    await this.commit({ operations: [{ kind: 'delete', collection, id }] });
  }

  async find<T extends ReadDocument = ReadDocument>(collection: string, query: FindQuery = {}): Promise<Page<T>> {
    await this.catalog.assertQuery(collection, query);
    const plan = planFind(query);
    const fetched = await this.readModels(collection)
      .find(plan.filter, { projection: { [TEXT_WORDS_FIELD]: 0 } })
      .sort(plan.sort)
      .limit(plan.fetchLimit)
      .toArray();
    return toPage(
      fetched.map((document) => fromStored<T>(document)),
      plan,
    );
  }

  async commit(request: CommitRequest): Promise<void> {
    const textFields = new Map<string, readonly string[]>();
    for (const collection of new Set(request.operations.map((operation) => operation.collection))) {
      textFields.set(collection, await this.catalog.textFields(collection));
    }
    if (this.useTransactions) {
      try {
        await this.ensureCheckpointsCollection();
        // withTransaction retries the whole callback on transient errors, e.g. a write conflict with a
        // concurrent swap; the retry then reads the moved generation and refuses.
        await inTransaction(this.client, (session) => this.applyCommit(request, textFields, session));
        return;
      } catch (error) {
        if (!isTransactionUnsupported(error)) throw error;
        // The aborted transaction wrote nothing: carry on, and from now on, without transactions.
        this.useTransactions = false;
      }
    }
    await this.applyCommit(request, textFields);
  }

  async readCheckpoint(slot: string): Promise<Checkpoint | undefined> {
    const stored = await this.checkpoints().findOne({ _id: slot });
    return stored ? fromCheckpointDocument(stored) : undefined;
  }

  async listCheckpoints(): Promise<Checkpoint[]> {
    return (await this.checkpoints().find().sort({ _id: 1 }).toArray()).map(fromCheckpointDocument);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Compare-and-set first, then read models, then checkpoints: a crash never records work not yet done. */
  private async applyCommit(request: CommitRequest, textFields: ReadonlyMap<string, readonly string[]>, session?: ClientSession): Promise<void> {
    const slots = expectedSlots(request);
    if (slots.length > 0) {
      const current = await this.checkpoints()
        .find({ _id: { $in: slots } }, { projection: { generation: 1, position: 1 }, session })
        .toArray();
      assertCommitExpectations(request, new Map(current.map((checkpoint) => [checkpoint._id, checkpoint])));
    }
    for (const { collection, writes } of readModelWrites(request.operations, (collection) => textFields.get(collection) ?? [])) {
      await this.readModels(collection).bulkWrite(writes, { ordered: true, session });
    }
    const checkpointChanges = checkpointWrites(request);
    if (checkpointChanges.length > 0) await this.checkpoints().bulkWrite(checkpointChanges, { ordered: true, session });
  }

  /** Once per store, outside any transaction, so the first transactional commit does not create a collection. */
  private ensureCheckpointsCollection(): Promise<void> {
    this.checkpointsCollectionReady ??= ensureMongoCollection(this.db, CHECKPOINTS_COLLECTION).catch((error: unknown) => {
      this.checkpointsCollectionReady = undefined;
      throw error;
    });
    return this.checkpointsCollectionReady;
  }

  private readModels(collection: string) {
    return this.db.collection<StoredDocument>(mongoCollectionName(collection));
  }

  private checkpoints() {
    return this.db.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION);
  }
}
