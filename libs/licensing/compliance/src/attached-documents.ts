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
 * Where events of one type name stored documents: each area says it for its own events (licences here, holdings'
 * title lists, reports and uploaded lists in `@era/holdings-domain`), and verification reads them all.
 */
export interface DocumentReferences {
  readonly eventType: string;
  /** The documents the event's data (as stored, unchecked) names: their address and a name for people. */
  documentsOf(data: Readonly<Record<string, unknown>>): readonly { sha256: string; name: string }[];
}

/** A signed licence document: `LicenceDocumentAttached` names it by sha256 and fileName. */
export const LICENCE_DOCUMENT_REFERENCES: DocumentReferences = {
  eventType: 'LicenceDocumentAttached',
  // As stored, for this is verification: data naming no file has no file to check (the hash chain judges the event).
  documentsOf: ({ sha256, fileName }) => (typeof sha256 === 'string' && typeof fileName === 'string' ? [{ sha256, name: fileName }] : []),
};

/**
 * Re-hashes every document that an event names (each distinct content once; by default the licences' signed
 * documents): the stored files are part of the record, so "nothing stored was altered" covers them as much as the
 * events. Then lists the stored documents that no event names.
 */
export async function checkAttachedDocuments(
  rawEvents: EventStore,
  documents: Pick<DocumentStore, 'check' | 'addresses'>,
  references: readonly DocumentReferences[] = [LICENCE_DOCUMENT_REFERENCES],
): Promise<DocumentsReport> {
  const byType = new Map(references.map((reference) => [reference.eventType, reference]));
  const firstAttachment = new Map<string, { fileName: string; streamId: string; streamRevision: number }>();
  for await (const event of rawEvents.readAll({ filter: { eventTypes: [...byType.keys()] } })) {
    for (const { sha256, name } of byType.get(event.type)?.documentsOf(event.data) ?? []) {
      if (!firstAttachment.has(sha256)) firstAttachment.set(sha256, { fileName: name, streamId: event.streamId, streamRevision: event.streamRevision });
    }
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
