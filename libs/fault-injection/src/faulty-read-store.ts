import { Checkpoint, CollectionDefinition, CommitRequest, FindQuery, Page, ReadDocument, ReadStore } from '@era/read-store';
import { SimulatedProcess } from './simulated-process';

export interface FaultyReadStoreOptions {
  /**
   * Commit in two steps, read models then checkpoint, as a store without transactions does (MongoDB), so that a
   * fault can strike between them; the store then says its commits are not atomic, as such a store must.
   */
  splitCommits?: boolean;
}

/** A generation's collections are named `<projection>.v<version>.<id>.<collection>`; slots `<projection>[#rebuild]`. */
const projectionOfCollection = (collection: string) => collection.split('.')[0];
const projectionOfSlot = (slot: string) => slot.split('#')[0];

/** The read-store port with faults before, between and after commits, on document reads and on checkpoint reads. */
export class FaultyReadStore implements ReadStore {
  readonly atomicCommits: boolean;

  constructor(
    private readonly inner: ReadStore,
    private readonly process: SimulatedProcess,
    private readonly options: FaultyReadStoreOptions = {},
  ) {
    this.atomicCommits = inner.atomicCommits && !options.splitCommits;
  }

  async commit(request: CommitRequest): Promise<void> {
    const checkpoint = request.checkpoints?.[0]?.slot ?? request.removeCheckpoints?.[0];
    const projection = checkpoint === undefined ? undefined : projectionOfSlot(checkpoint);
    await this.process.strike('commit-before', projection);
    if (this.options.splitCommits) await this.commitInTwoSteps(request, projection);
    else await this.inner.commit(request);
    await this.process.strike('commit-after', projection);
  }

  private async commitInTwoSteps(request: CommitRequest, projection: string | undefined): Promise<void> {
    const { operations, ...checkpoints } = request;
    // The compare-and-set guards the data as well: a stale runner must not write read models either.
    await this.inner.commit({ operations: [], expectGenerations: request.expectGenerations, expectPositions: request.expectPositions });
    if (operations.length > 0) await this.inner.commit({ operations });
    await this.process.strike('commit-between', projection);
    await this.inner.commit({ ...checkpoints, operations: [] });
  }

  async get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    await this.process.strike('read', projectionOfCollection(collection));
    return this.inner.get<T>(collection, id);
  }

  async getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<Map<string, T>> {
    await this.process.strike('read', projectionOfCollection(collection));
    return this.inner.getMany<T>(collection, ids);
  }

  async find<T extends ReadDocument = ReadDocument>(collection: string, query?: FindQuery): Promise<Page<T>> {
    await this.process.strike('read', projectionOfCollection(collection));
    return this.inner.find<T>(collection, query);
  }

  async readCheckpoint(slot: string): Promise<Checkpoint | undefined> {
    await this.process.strike('checkpoint-read', projectionOfSlot(slot));
    return this.inner.readCheckpoint(slot);
  }

  async listCheckpoints(): Promise<Checkpoint[]> {
    await this.process.strike('checkpoint-read');
    return this.inner.listCheckpoints();
  }

  async ensureCollection(definition: CollectionDefinition): Promise<void> {
    this.process.assertAlive();
    return this.inner.ensureCollection(definition);
  }

  async dropCollection(name: string): Promise<void> {
    this.process.assertAlive();
    return this.inner.dropCollection(name);
  }

  async listCollections(): Promise<string[]> {
    this.process.assertAlive();
    return this.inner.listCollections();
  }

  async put(collection: string, document: ReadDocument): Promise<void> {
    this.process.assertAlive();
    return this.inner.put(collection, document);
  }

  async delete(collection: string, id: string): Promise<void> {
    this.process.assertAlive();
    return this.inner.delete(collection, id);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
