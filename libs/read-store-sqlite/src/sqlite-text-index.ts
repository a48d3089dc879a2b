import Database from 'better-sqlite3';
import { documentWords, ReadDocument } from '@era/read-store';
import { ftsTable, ftsTableName, tableName, textKeyTable } from './names';
import { SqlFragment } from './sql-query';

type Prepare = (sql: string) => Database.Statement;

const REINDEX_CHUNK = 1000;

/**
 * Full-text search over a collection's text fields: an FTS5 table of each document's words, kept in step with the
 * documents by the same transaction. It is fed the words already normalised by `documentWords` (the function every
 * adapter shares), so SQLite and MongoDB agree on what a word is; FTS5's own tokenizer then only splits at spaces.
 */
export function createTextIndex(db: Database.Database, collection: string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${textKeyTable(collection)} (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)`);
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${ftsTable(collection)} USING fts5(words, tokenize = 'unicode61 remove_diacritics 2')`);
}

/** Dropping the FTS5 table drops its shadow tables too. */
export function dropTextIndex(db: Database.Database, collection: string): void {
  db.exec(`DROP TABLE IF EXISTS ${ftsTable(collection)}`);
  db.exec(`DROP TABLE IF EXISTS ${textKeyTable(collection)}`);
}

export function textIndexExists(db: Database.Database, collection: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(ftsTableName(collection)) !== undefined;
}

/**
 * Replaces whatever was indexed for the document. Most puts rewrite a document whose words stay the same (an A-Z
 * resource on each activation): those leave the index alone, as each delete and insert costs FTS5 segment writes.
 */
export function indexDocument(prepare: Prepare, collection: string, document: ReadDocument, textFields: readonly string[]): void {
  const words = documentWords(document, textFields).join(' ');
  const known = prepare(`SELECT n FROM ${textKeyTable(collection)} WHERE id = ?`).get(document.id) as { n: number } | undefined;
  const n = known?.n ?? (prepare(`INSERT INTO ${textKeyTable(collection)} (id) VALUES (?) RETURNING n`).get(document.id) as { n: number }).n;
  if (known) {
    const indexed = prepare(`SELECT words FROM ${ftsTable(collection)} WHERE rowid = ?`).get(n) as { words: string } | undefined;
    if (indexed?.words === words) return;
    if (indexed) prepare(`DELETE FROM ${ftsTable(collection)} WHERE rowid = ?`).run(n);
  }
  prepare(`INSERT INTO ${ftsTable(collection)} (rowid, words) VALUES (?, ?)`).run(n, words);
}

export function unindexDocument(prepare: Prepare, collection: string, id: string): void {
  prepare(`DELETE FROM ${ftsTable(collection)} WHERE rowid = (SELECT n FROM ${textKeyTable(collection)} WHERE id = ?)`).run(id);
  prepare(`DELETE FROM ${textKeyTable(collection)} WHERE id = ?`).run(id);
}

/** Indexes the documents already there (text fields declared on an existing collection), in chunks of ids. */
export function indexAllDocuments(prepare: Prepare, collection: string, textFields: readonly string[]): void {
  const chunk = prepare(`SELECT doc FROM ${tableName(collection)} WHERE (? IS NULL OR id > ?) ORDER BY id LIMIT ${REINDEX_CHUNK}`);
  let after: string | null = null;
  for (;;) {
    const rows = chunk.all(after, after) as { doc: string }[];
    for (const row of rows) indexDocument(prepare, collection, JSON.parse(row.doc) as ReadDocument, textFields);
    if (rows.length < REINDEX_CHUNK) return;
    after = (JSON.parse(rows[rows.length - 1].doc) as ReadDocument).id;
  }
}

/**
 * Documents whose words start with every one of `words`. Each word goes to MATCH as an FTS5 string (quotes
 * doubled) followed by `*`, so nothing a user types is read as FTS5 syntax (AND, OR, NOT, NEAR, parentheses, ...).
 */
export function textMatch(collection: string, words: readonly string[]): SqlFragment {
  const fts = ftsTable(collection);
  const match = words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' ');
  return { sql: `id IN (SELECT k.id FROM ${fts} JOIN ${textKeyTable(collection)} k ON k.n = ${fts}.rowid WHERE ${fts} MATCH ?)`, params: [match] };
}
