import { documentWords, ReadDocument } from '@era/read-store';
import { TEXT_WORDS_FIELD } from './names';

/** A read-model document as Mongo holds it: our `id` becomes `_id`, so lookups by id use the primary index. */
export type StoredDocument = { _id: string } & Record<string, unknown>;

/** With text fields, the document also carries its words for search (see TEXT_WORDS_FIELD). */
export function toStored(document: ReadDocument, textFields: readonly string[] = []): StoredDocument {
  const { id, ...fields } = document;
  if (typeof id !== 'string') throw new TypeError('a read-model document needs a string id');
  // `_id` is taken by the id; storing a field of that name would silently replace the key.
  if ('_id' in fields) throw new TypeError(`read-model document ${id} has a field named _id, which is reserved`);
  if (TEXT_WORDS_FIELD in fields) throw new TypeError(`read-model document ${id} has a field named ${TEXT_WORDS_FIELD}, which is reserved`);
  return textFields.length > 0 ? { _id: id, ...fields, [TEXT_WORDS_FIELD]: documentWords(document, textFields) } : { _id: id, ...fields };
}

/** Back to exactly what was put: `{ id, ...fields }`, no `_id`, no search words. */
export function fromStored<T extends ReadDocument = ReadDocument>(stored: StoredDocument): T {
  const { _id, [TEXT_WORDS_FIELD]: _words, ...fields } = stored;
  return { id: _id, ...fields } as T;
}
