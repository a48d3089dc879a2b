import { InvalidQueryError } from '@era/read-store';

function assertCollectionName(name: string): string {
  if (!/^[A-Za-z0-9_.#-]{1,120}$/.test(name)) throw new InvalidQueryError(`invalid collection name ${name}`);
  return name;
}

export const tableName = (collection: string) => `"rm_${assertCollectionName(collection)}"`;
export const indexName = (collection: string, field: string) => `"ix_${assertCollectionName(collection)}_${field}"`;

/**
 * A collection's FTS5 table, unquoted. FTS5 adds shadow tables `<table>_data`, `_idx`, ...; the `$`, which no
 * collection name contains, keeps them from ever colliding with another collection's tables (`x` and `x_data`).
 */
export const ftsTableName = (collection: string) => `rt_${assertCollectionName(collection)}$`;
export const ftsTable = (collection: string) => `"${ftsTableName(collection)}"`;
/** The integer rowid FTS5 needs for each document id (first-layout documents' tables are keyed by text, WITHOUT ROWID). */
export const textKeyTable = (collection: string) => `"rk_${assertCollectionName(collection)}"`;

/** Every table of a collection, quoted as they appear in cached statements. */
export const tablesOf = (collection: string) => [tableName(collection), ftsTable(collection), textKeyTable(collection)];
