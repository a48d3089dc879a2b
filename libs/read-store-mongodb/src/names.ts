import { InvalidQueryError } from '@era/read-store';

/**
 * Every read-model collection lives under this prefix, so read models can share a database with other data and
 * `listCollections` can find orphans (a Mongo collection whose definition was never recorded) by name alone.
 */
export const READ_MODEL_PREFIX = 'rm_';
/** Collection definitions, so the API process can query what the projector process defined. */
export const DEFINITIONS_COLLECTION = 'read_store_collections';
/** One document per projection slot, keyed by the slot. */
export const CHECKPOINTS_COLLECTION = 'projection_checkpoints';

/** The same names as the SQLite adapter accepts, so a projection that runs on one runs on the other. */
export function mongoCollectionName(collection: string): string {
  if (!/^[A-Za-z0-9_.#-]{1,120}$/.test(collection)) throw new InvalidQueryError(`invalid collection name ${collection}`);
  return `${READ_MODEL_PREFIX}${collection}`;
}

/**
 * The words of a text-indexed document's text fields (normalised by `documentWords`), stored with it for search:
 * an adapter field, never returned, refused as a document field or a query path.
 */
export const TEXT_WORDS_FIELD = '_textWords';

/**
 * A document field as a Mongo path. Plain identifiers only (as on SQLite): that keeps `$` operators and dotted
 * paths out of filters built from client input. Our `id` is Mongo's `_id`.
 */
export function fieldPath(field: string): string {
  if (field === 'id') return '_id';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field) || field === '_id' || field === TEXT_WORDS_FIELD) throw new InvalidQueryError(`invalid field name ${field}`);
  return field;
}
