import { documentWords } from '@era/read-store';
import { AnyBulkWriteOperation, Collection } from 'mongodb';
import { TEXT_WORDS_FIELD } from './names';
import { fromStored, StoredDocument } from './stored-document';

const BATCH = 1000;

/**
 * Recomputes every document's search words for new text fields (or removes them when there are none), for a
 * collection that already holds documents. Writes made meanwhile by a process still on the old definition are
 * not covered; a projection changing its text fields bumps its version and rebuilds anyway.
 */
export async function indexTextOfAllDocuments(collection: Collection<StoredDocument>, textFields: readonly string[]): Promise<void> {
  let batch: AnyBulkWriteOperation<StoredDocument>[] = [];
  for await (const stored of collection.find({})) {
    const update =
      textFields.length > 0 ? { $set: { [TEXT_WORDS_FIELD]: documentWords(fromStored(stored), textFields) } } : { $unset: { [TEXT_WORDS_FIELD]: '' as const } };
    batch.push({ updateOne: { filter: { _id: stored._id }, update } });
    if (batch.length === BATCH) {
      await collection.bulkWrite(batch, { ordered: false });
      batch = [];
    }
  }
  if (batch.length > 0) await collection.bulkWrite(batch, { ordered: false });
}
