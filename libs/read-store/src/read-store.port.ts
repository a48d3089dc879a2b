/** A read-model document: plain JSON. `id` is its key inside its collection. */
export type ReadDocument = { id: string } & Record<string, unknown>;

export type Scalar = string | number | boolean | null;

/** A condition on one declared indexed field: an exact value, or a range / membership test. */
export type FieldCondition = Scalar | { gt?: Scalar; gte?: Scalar; lt?: Scalar; lte?: Scalar; in?: Scalar[] };

export interface FindQuery {
  /** Only declared indexed fields may be used here and in `sort`. */
  where?: Record<string, FieldCondition>;
  /** Sorted by this field then by id; defaults to id. */
  sort?: { field: string; direction?: 'asc' | 'desc' };
  limit?: number;
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string;
  /**
   * The user's words, searched in the collection's `textFields`: every word must match (AND), each as a word prefix,
   * ignoring case and diacritics; punctuation separates words. At most 200 characters and 16 words. Results keep the
   * `sort` order (no relevance ranking), so they page like any find. Text without any word constrains nothing.
   */
  text?: string;
}

export interface Page<T> {
  items: T[];
  /** Present when more documents match. */
  nextCursor?: string;
}

export interface CollectionDefinition {
  name: string;
  /** Fields that `find` may filter and sort on. */
  indexes: readonly string[];
  /** Document fields (string or string[] values) indexed for `find`'s `text` search. */
  textFields?: readonly string[];
}

export type WriteOperation = { kind: 'put'; collection: string; document: ReadDocument } | { kind: 'delete'; collection: string; id: string };

/** How far a projection slot has applied the log, and which storage generation it writes into. */
export interface Checkpoint {
  /** The slot: a projection's name, or `<name>#rebuild` while a rebuild runs. */
  slot: string;
  projection: string;
  version: number;
  /** Prefix of the collections holding this slot's read models. */
  generation: string;
  position: number;
  updatedAt: string;
}

export interface CommitRequest {
  operations: readonly WriteOperation[];
  /** Checkpoints written with the operations. */
  checkpoints?: readonly Checkpoint[];
  /** Slots whose checkpoints are removed with the operations. */
  removeCheckpoints?: readonly string[];
  /**
   * Compare-and-set: the commit is refused with CheckpointMovedError unless each named slot is currently at this
   * generation (or absent, for null). Stops a stale runner from writing after a rebuild swapped generations.
   */
  expectGenerations?: Readonly<Record<string, string | null>>;
  /**
   * Compare-and-set on progress: each named slot must be exactly at this position. Makes a runner the only writer
   * of its slot: a second runner on the same slot (another process) finds the checkpoint moved and reloads.
   */
  expectPositions?: Readonly<Record<string, number>>;
}

export interface ReadStore {
  /** Creates the collection and its indexes if missing. Idempotent. */
  ensureCollection(definition: CollectionDefinition): Promise<void>;
  dropCollection(name: string): Promise<void>;
  /** Names of the collections that exist, for cleaning up abandoned generations. */
  listCollections(): Promise<string[]>;
  get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | undefined>;
  /** Fetches many documents at once; missing ids are absent from the map. */
  getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<Map<string, T>>;
  put(collection: string, document: ReadDocument): Promise<void>;
  delete(collection: string, id: string): Promise<void>;
  find<T extends ReadDocument = ReadDocument>(collection: string, query?: FindQuery): Promise<Page<T>>;
  /**
   * Applies the operations and checkpoint changes. SQLite: one transaction. MongoDB: in order, operations first and
   * the checkpoint last, so a crash in between only leaves work that the projection engine re-applies idempotently.
   */
  commit(request: CommitRequest): Promise<void>;
  readCheckpoint(slot: string): Promise<Checkpoint | undefined>;
  listCheckpoints(): Promise<Checkpoint[]>;
  /**
   * A cheap mark that differs once anything was written to the store since it was last taken, by this process or
   * another: a reader that kept something derived from the store (an answer, its checkpoints) need not read again
   * while the mark is the same. Absent where the store cannot tell cheaply (MongoDB): read the checkpoints then.
   */
  changeMark?(): string;
  /** Whether `commit` is atomic (then no idempotency bookkeeping is needed across crashes). */
  readonly atomicCommits: boolean;
  close(): Promise<void>;
}
