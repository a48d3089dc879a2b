import { CommitRequest, WriteOperation } from '@era/read-store';
import { AnyBulkWriteOperation } from 'mongodb';
import { CheckpointDocument, toCheckpointDocument } from './checkpoint-document';
import { StoredDocument, toStored } from './stored-document';

export interface CollectionWrites {
  collection: string;
  writes: AnyBulkWriteOperation<StoredDocument>[];
}

/**
 * One ordered bulk write per collection, keeping the request's order within each collection. Collections are
 * independent, so the end state is the one that applying the operations one by one would give, in fewer trips.
 */
export function readModelWrites(operations: readonly WriteOperation[], textFieldsOf: (collection: string) => readonly string[] = () => []): CollectionWrites[] {
  const byCollection = new Map<string, AnyBulkWriteOperation<StoredDocument>[]>();
  for (const operation of operations) {
    let writes = byCollection.get(operation.collection);
    if (!writes) byCollection.set(operation.collection, (writes = []));
    if (operation.kind === 'put') {
      // The filter's _id becomes the upserted document's _id; the replacement itself may not carry one.
      const { _id, ...replacement } = toStored(operation.document, textFieldsOf(operation.collection));
      writes.push({ replaceOne: { filter: { _id }, replacement, upsert: true } });
    } else {
      writes.push({ deleteOne: { filter: { _id: operation.id } } });
    }
  }
  return [...byCollection].map(([collection, writes]) => ({ collection, writes }));
}

/**
 * Removals before writes, as on SQLite, so a slot both removed and written ends up written. In a generation swap a
 * crash between the two then loses the rebuild's checkpoint (the rebuild starts again) rather than leaving two
 * slots on the same generation.
 */
export function checkpointWrites(request: CommitRequest): AnyBulkWriteOperation<CheckpointDocument>[] {
  return [
    ...(request.removeCheckpoints ?? []).map((slot) => ({ deleteOne: { filter: { _id: slot } } })),
    ...(request.checkpoints ?? []).map((checkpoint) => {
      const { _id, ...replacement } = toCheckpointDocument(checkpoint);
      return { replaceOne: { filter: { _id }, replacement, upsert: true } };
    }),
  ];
}
