import { DocumentStore } from '@era/document-store';
import { EventStore, yieldToEventLoop } from '@era/event-store';

/** A signed document that an event names but whose stored bytes no longer prove it. */
export interface DocumentProblem {
  sha256: string;
  state: 'altered' | 'missing';
  fileName: string;
  /** Where it was first attached. */
  streamId: string;
  streamRevision: number;
  message: string;
}

export interface DocumentsReport {
  ok: boolean;
  documentsChecked: number;
  problems: DocumentProblem[];
  /**
   * Stored content that no event names (debris of an upload refused by a concurrent change, or a file put there by
   * hand): not tampering with the record, but worth a look. The first MAX_LISTED_UNREFERENCED addresses, and the count.
   */
  unreferenced: { count: number; sha256s: string[] };
}

export const MAX_LISTED_UNREFERENCED = 100;

/**
 * Re-hashes every signed document that a LicenceDocumentAttached event names (each distinct content once): the
 * stored files are part of the record, so "nothing stored was altered" covers them as much as the events. Then lists
 * the stored documents that no event names.
 */
export async function checkAttachedDocuments(rawEvents: EventStore, documents: Pick<DocumentStore, 'check' | 'addresses'>): Promise<DocumentsReport> {
  const firstAttachment = new Map<string, { fileName: string; streamId: string; streamRevision: number }>();
  for await (const event of rawEvents.readAll({ filter: { eventTypes: ['LicenceDocumentAttached'] } })) {
    // As stored, for this is verification: data naming no file has no file to check (the hash chain judges the event).
    const { sha256, fileName } = event.data;
    if (typeof sha256 !== 'string' || typeof fileName !== 'string') continue;
    if (!firstAttachment.has(sha256)) firstAttachment.set(sha256, { fileName, streamId: event.streamId, streamRevision: event.streamRevision });
  }
  const problems: DocumentProblem[] = [];
  for (const [sha256, attachment] of firstAttachment) {
    const state = await documents.check(sha256);
    if (state !== 'intact') {
      const what = state === 'altered' ? 'no longer matches its SHA-256 (altered outside the system)' : 'is missing from the document store';
      problems.push({
        sha256,
        state,
        ...attachment,
        message: `document ${attachment.fileName} (${sha256}), attached in stream ${attachment.streamId} revision ${attachment.streamRevision}, ${what}`,
      });
    }
    await yieldToEventLoop();
  }
  const unreferenced = { count: 0, sha256s: [] as string[] };
  for await (const sha256 of documents.addresses()) {
    if (firstAttachment.has(sha256)) continue;
    unreferenced.count += 1;
    if (unreferenced.sha256s.length < MAX_LISTED_UNREFERENCED) unreferenced.sha256s.push(sha256);
  }
  return { ok: problems.length === 0, documentsChecked: firstAttachment.size, problems, unreferenced };
}
