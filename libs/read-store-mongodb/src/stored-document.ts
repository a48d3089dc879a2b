import { ReadDocument } from '@era/read-store';

/** A read-model document as Mongo holds it: our `id` becomes `_id`, so lookups by id use the primary index. */
export type StoredDocument = { _id: string } & Record<string, unknown>;

export function toStored(document: ReadDocument): StoredDocument {
  const { id, ...fields } = document;
  if (typeof id !== 'string') throw new TypeError('a read-model document needs a string id');
  // `_id` is taken by the id; storing a field of that name would silently replace the key.
  if ('_id' in fields) throw new TypeError(`read-model document ${id} has a field named _id, which is reserved`);
  return { _id: id, ...fields };
}

/** Back to exactly what was put: `{ id, ...fields }`, no `_id`. */
export function fromStored<T extends ReadDocument = ReadDocument>(stored: StoredDocument): T {
  const { _id, ...fields } = stored;
  return { id: _id, ...fields } as T;
}
