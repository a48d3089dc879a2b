import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  assertCommitExpectations,
  assertQueryUsesIndexes,
  Checkpoint,
  CheckpointState,
  CollectionDefinition,
  CommitRequest,
  encodeCursor,
  expectedSlots,
  FindQuery,
  InvalidQueryError,
  Page,
  queryWords,
  ReadDocument,
  ReadStore,
  Scalar,
  WriteOperation,
} from '@era/read-store';
import { indexName, tableName, tablesOf } from './names';
import { assertFieldName, fieldExpression, translateFind } from './sql-query';
import { createTextIndex, dropTextIndex, indexAllDocuments, indexDocument, textIndexExists, textMatch, unindexDocument } from './sqlite-text-index';

const DEFAULT_PAGE = 1000;
/**
 * SQLite's default page cache is 2 MB: a batch writing thousands of documents under random ids (uuids) into a table of
 * the first layout then touches more pages than it holds, and reads each back from the file. 64 MB held a 1M-event
 * desk-statistics rebuild's hot pages then; with documents in insertion order the cache size hardly matters.
 */
const DEFAULT_CACHE_MIB = 64;
/**
 * A temporary database (a replay's scratch store) spills pages it cannot cache to a temporary file that the OS keeps
 * in memory anyway: a 1M-event replay took ~10% less CPU and 65 MB less RSS with 4 MB of cache than with 64 MB.
 */
const TEMPORARY_CACHE_MIB = 4;

/**
 * A collection's documents in insertion order (a rowid table), found by id through a UNIQUE index. Read models are
 * written under random ids (uuids): placed by id, as the first layout did (`id TEXT PRIMARY KEY, doc` WITHOUT ROWID),
 * each insert rewrote a page full of whole documents somewhere in the table; appended, new documents fill the last
 * pages and only the id index, many more entries per page, takes the random inserts. Tables made with the first
 * layout stay as they are: every statement here names only id and doc, which both layouts have.
 */
const DOCUMENT_TABLE_COLUMNS = '(n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rs_collections (name TEXT PRIMARY KEY, indexes TEXT NOT NULL, text_fields TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rs_checkpoints (
  slot TEXT PRIMARY KEY, projection TEXT NOT NULL, version INTEGER NOT NULL, generation TEXT NOT NULL,
  position INTEGER NOT NULL, updated_at TEXT NOT NULL
) WITHOUT ROWID;
`;

interface DefinitionRow {
  indexes: string;
  text_fields: string | null;
}

interface CheckpointRow {
  slot: string;
  projection: string;
  version: number;
  generation: string;
  position: number;
  updated_at: string;
}

/**
 * Read models in one SQLite file: a table per collection holding JSON documents, with an expression index per
 * declared field. A commit (read-model writes plus checkpoints) is one transaction, so a crash never separates them.
 */
export class SqliteReadStore implements ReadStore {
  readonly atomicCommits = true;
  /** Another connection's commits as data_version showed them this turn (see changeMark). */
  private othersMark: number | undefined;
  private readonly db: Database.Database;
  private readonly definitions = new Map<string, CollectionDefinition>();
  private readonly statementCache = new Map<string, Database.Statement>();
  private readonly commitTransaction: Database.Transaction<(request: CommitRequest) => void>;
  private readonly prepareCached = (sql: string): Database.Statement => this.statement(sql);

  /**
   * busyTimeoutMs: how long a commit waits for a lock another process holds before failing with SQLITE_BUSY.
   * cacheMiB: this connection's page cache (at most; SQLite allocates it as pages are used).
   */
  constructor(options: { file: string; busyTimeoutMs?: number; cacheMiB?: number }) {
    // ':memory:' and '' (a temporary database) have no folder to create.
    if (options.file !== ':memory:' && options.file !== '') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    // A temporary database ('') cannot have a WAL: its rollback journal in memory, not in a temporary file, took ~7% less
    // CPU from a 200k-event replay.
    this.db.pragma(options.file === '' ? 'journal_mode = MEMORY' : 'journal_mode = WAL');
    // Read models are rebuildable and their checkpoint commits with them, so NORMAL is enough here.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 10_000))}`);
    const cacheMiB = options.cacheMiB ?? (options.file === '' ? TEMPORARY_CACHE_MIB : DEFAULT_CACHE_MIB);
    this.db.pragma(`cache_size = ${-Math.max(1, Math.floor(cacheMiB)) * 1024}`);
    this.db.exec(SCHEMA);
    this.addTextFieldsColumn();
    this.commitTransaction = this.db.transaction((request: CommitRequest) => this.commitInTransaction(request));
  }

  /** Text fields are the definition's own (not accumulated like indexes): when they change, the text index is rebuilt. */
  async ensureCollection(definition: CollectionDefinition): Promise<void> {
    const table = tableName(definition.name);
    const textFields = [...new Set(definition.textFields ?? [])].map(assertFieldName);
    const textFieldsJson = textFields.length > 0 ? JSON.stringify(textFields) : null;
    this.db.transaction(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} ${DOCUMENT_TABLE_COLUMNS}`);
      for (const field of definition.indexes) {
        this.db.exec(`CREATE INDEX IF NOT EXISTS ${indexName(definition.name, field)} ON ${table} (${fieldExpression(field)}, id)`);
      }
      const stored = this.db.prepare('SELECT text_fields FROM rs_collections WHERE name = ?').get(definition.name) as
        Pick<DefinitionRow, 'text_fields'> | undefined;
      if (textFieldsJson === null) {
        dropTextIndex(this.db, definition.name);
      } else if (stored?.text_fields !== textFieldsJson || !textIndexExists(this.db, definition.name)) {
        dropTextIndex(this.db, definition.name);
        createTextIndex(this.db, definition.name);
        indexAllDocuments((sql) => this.db.prepare(sql), definition.name, textFields);
      }
      this.db
        .prepare('INSERT OR REPLACE INTO rs_collections (name, indexes, text_fields) VALUES (?, ?, ?)')
        .run(definition.name, JSON.stringify(definition.indexes), textFieldsJson);
    })();
    this.forgetStatements(definition.name);
    this.definitions.set(definition.name, { name: definition.name, indexes: [...definition.indexes], textFields });
  }

  /** The collection's FTS5 table (and so its shadow tables) goes with it. */
  async dropCollection(name: string): Promise<void> {
    this.db.transaction(() => {
      this.db.exec(`DROP TABLE IF EXISTS ${tableName(name)}`);
      dropTextIndex(this.db, name);
      this.db.prepare('DELETE FROM rs_collections WHERE name = ?').run(name);
    })();
    this.definitions.delete(name);
    this.forgetStatements(name);
  }

  async listCollections(): Promise<string[]> {
    return (this.db.prepare('SELECT name FROM rs_collections ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  }

  async get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    if (!this.definition(collection)) return undefined;
    const row = this.statement(`SELECT doc FROM ${tableName(collection)} WHERE id = ?`).get(id) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as T) : undefined;
  }

  async getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    if (!this.definition(collection) || ids.length === 0) return found;
    const table = tableName(collection);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT doc FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as { doc: string }[];
      for (const row of rows) {
        const document = JSON.parse(row.doc) as T;
        found.set(document.id, document);
      }
    }
    return found;
  }

  async put(collection: string, document: ReadDocument): Promise<void> {
    await this.commit({ operations: [{ kind: 'put', collection, document }] });
  }

  async delete(collection: string, id: string): Promise<void> {
    await this.commit({ operations: [{ kind: 'delete', collection, id }] });
  }

  async find<T extends ReadDocument = ReadDocument>(collection: string, query: FindQuery = {}): Promise<Page<T>> {
    this.assertQuery(collection, query);
    const limit = query.limit ?? DEFAULT_PAGE;
    const { where, orderBy } = translateFind(query);
    const words = query.text === undefined ? [] : queryWords(query.text);
    const text = words.length > 0 ? textMatch(collection, words) : { sql: '1', params: [] };
    const sql = `SELECT doc FROM ${tableName(collection)} WHERE ${where.sql} AND ${text.sql} ORDER BY ${orderBy} LIMIT ?`;
    const rows = this.db.prepare(sql).all(...where.params, ...text.params, limit + 1) as { doc: string }[];
    const items = rows.slice(0, limit).map((row) => JSON.parse(row.doc) as T);
    if (rows.length <= limit) return { items };
    const last = items[items.length - 1];
    const sortField = query.sort?.field ?? 'id';
    return { items, nextCursor: encodeCursor({ value: (last[sortField] ?? null) as Scalar, id: last.id }) };
  }

  async commit(request: CommitRequest): Promise<void> {
    this.commitTransaction.immediate(request);
  }

  async readCheckpoint(slot: string): Promise<Checkpoint | undefined> {
    const row = this.statement('SELECT * FROM rs_checkpoints WHERE slot = ?').get(slot) as CheckpointRow | undefined;
    return row && toCheckpoint(row);
  }

  /**
   * The rows this connection changed (total_changes, exact and nearly free) and whether another connection committed
   * (data_version, read at most once a turn of the event loop: another process's commit is seen by the next turn).
   */
  changeMark(): string {
    const own = this.statement('SELECT total_changes()').pluck().get() as number;
    if (this.othersMark === undefined) {
      this.othersMark = this.statement('PRAGMA data_version').pluck().get() as number;
      setImmediate(() => (this.othersMark = undefined));
    }
    return `${own}:${this.othersMark}`;
  }

  async listCheckpoints(): Promise<Checkpoint[]> {
    return (this.db.prepare('SELECT * FROM rs_checkpoints ORDER BY slot').all() as CheckpointRow[]).map(toCheckpoint);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private commitInTransaction(request: CommitRequest): void {
    const current = new Map<string, CheckpointState>();
    for (const slot of expectedSlots(request)) {
      const row = this.statement('SELECT generation, position FROM rs_checkpoints WHERE slot = ?').get(slot) as CheckpointState | undefined;
      if (row) current.set(slot, row);
    }
    assertCommitExpectations(request, current);
    for (const [collection, operations] of byCollectionInIdOrder(request.operations)) this.applyAll(collection, operations);
    for (const slot of request.removeCheckpoints ?? []) this.statement('DELETE FROM rs_checkpoints WHERE slot = ?').run(slot);
    for (const cp of request.checkpoints ?? []) {
      this.statement('INSERT OR REPLACE INTO rs_checkpoints (slot, projection, version, generation, position, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        cp.slot,
        cp.projection,
        cp.version,
        cp.generation,
        cp.position,
        cp.updatedAt,
      );
    }
  }

  /** One collection's writes, its statements looked up once. */
  private applyAll(collection: string, operations: readonly WriteOperation[]): void {
    const definition = this.definition(collection);
    if (!definition) throw new InvalidQueryError(`collection ${collection} has not been defined`);
    const table = tableName(collection);
    const textFields = definition.textFields ?? [];
    // In place (not INSERT OR REPLACE, which deletes the row and appends it anew); the same statement fits both layouts.
    const upsert = this.statement(`INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`);
    const remove = this.statement(`DELETE FROM ${table} WHERE id = ?`);
    for (const operation of operations) {
      if (operation.kind === 'put') {
        upsert.run(operation.document.id, JSON.stringify(operation.document));
        if (textFields.length > 0) indexDocument(this.prepareCached, collection, operation.document, textFields);
      } else {
        remove.run(operation.id);
        if (textFields.length > 0) unindexDocument(this.prepareCached, collection, operation.id);
      }
    }
  }

  /**
   * The query rules against this process's cached definition, and if that refuses, against the file's: another
   * process (the projector) may have declared the field or text fields since.
   */
  private assertQuery(collection: string, query: FindQuery): void {
    if (this.definitions.has(collection)) {
      try {
        return assertQueryUsesIndexes(this.definitions.get(collection), collection, query);
      } catch (error) {
        if (!(error instanceof InvalidQueryError)) throw error;
        this.definitions.delete(collection);
      }
    }
    assertQueryUsesIndexes(this.definition(collection), collection, query);
  }

  /** Databases made before text search have no text_fields column; concurrent openers may race to add it. */
  private addTextFieldsColumn(): void {
    const columns = this.db.prepare("SELECT name FROM pragma_table_info('rs_collections')").all() as { name: string }[];
    if (columns.some((column) => column.name === 'text_fields')) return;
    try {
      this.db.exec('ALTER TABLE rs_collections ADD COLUMN text_fields TEXT');
    } catch (error) {
      if (!(error instanceof Error && error.message.includes('duplicate column'))) throw error;
    }
  }

  private forgetStatements(collection: string): void {
    const tables = tablesOf(collection);
    for (const key of [...this.statementCache.keys()]) if (tables.some((table) => key.includes(table))) this.statementCache.delete(key);
  }

  /** Definitions made by another process (the projector) are found in the file. */
  private definition(name: string): CollectionDefinition | undefined {
    let definition = this.definitions.get(name);
    if (!definition) {
      const row = this.statement('SELECT indexes, text_fields FROM rs_collections WHERE name = ?').get(name) as DefinitionRow | undefined;
      if (!row) return undefined;
      definition = { name, indexes: JSON.parse(row.indexes), textFields: row.text_fields === null ? [] : JSON.parse(row.text_fields) };
      this.definitions.set(name, definition);
    }
    return definition;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statementCache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statementCache.set(sql, statement);
    }
    return statement;
  }
}

/**
 * A commit's operations per collection, each collection's in id order: keys in order walk the table's B-tree from
 * one page to the next instead of all over it, so a large batch touches (and writes to the WAL) far fewer pages. The
 * sort is stable: writes to the same document keep their order.
 */
function byCollectionInIdOrder(operations: readonly WriteOperation[]): Map<string, WriteOperation[]> {
  const groups = new Map<string, WriteOperation[]>();
  for (const operation of operations) {
    const group = groups.get(operation.collection);
    if (group) group.push(operation);
    else groups.set(operation.collection, [operation]);
  }
  for (const group of groups.values()) group.sort(byId);
  return groups;
}

const idOf = (operation: WriteOperation) => (operation.kind === 'put' ? operation.document.id : operation.id);
const byId = (a: WriteOperation, b: WriteOperation) => {
  const left = idOf(a);
  const right = idOf(b);
  return left < right ? -1 : left > right ? 1 : 0;
};

function toCheckpoint(row: CheckpointRow): Checkpoint {
  return {
    slot: row.slot,
    projection: row.projection,
    version: row.version,
    generation: row.generation,
    position: row.position,
    updatedAt: row.updated_at,
  };
}
