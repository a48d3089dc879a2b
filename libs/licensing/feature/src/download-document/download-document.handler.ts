import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { DocumentIntegrityError, DocumentNotFoundError, DocumentStore } from '@era/document-store';
import { EventStore } from '@era/event-store';
import { AttachedDocument, licenceStream } from '@era/licensing-domain';
import { DOCUMENT_STORE, DomainRefusal, EVENT_STORE, loadStream } from '@era/platform';
import { licenceNotFound } from '../read-side/licence-reads';
import { findAttachedDocument } from '../shared/licence-target';
import { licenceModel } from '../shared/stream-models';
import { DownloadDocumentQuery } from './download-document.query';

export interface DocumentDownload {
  document: AttachedDocument;
  sizeBytes: number;
  content: Readable;
}

/** A document attached to the licence, after the store has re-checked its hash: altered bytes are never served. */
@Injectable()
export class DownloadDocumentHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  async execute(query: DownloadDocumentQuery): Promise<DocumentDownload> {
    const licenceId = canonicalId(query.licenceId);
    const { sha256 } = query;
    // The licence's own stream, not a read model: a document is downloadable the moment its upload is answered.
    const { state } = await loadStream(this.events, licenceStream(licenceId), licenceModel);
    if (!state.exists) throw licenceNotFound(licenceId);
    const document = findAttachedDocument(state, sha256);
    if (!document) throw new DomainRefusal(404, 'document-not-found', `no document with SHA-256 ${sha256} is attached to licence ${licenceId}`);
    try {
      const { sizeBytes, content } = await this.documents.open(sha256);
      return { document, sizeBytes, content };
    } catch (error) {
      throw asDocumentRefusal(error, document);
    }
  }
}

function asDocumentRefusal(error: unknown, document: AttachedDocument): unknown {
  if (error instanceof DocumentIntegrityError) {
    return new DomainRefusal(
      500,
      'document-integrity-failure',
      `the stored file of ${document.fileName} no longer matches its recorded SHA-256 ${document.sha256} (it now hashes to ${error.actualSha256}): ` +
        'it has been altered outside the system and has not been served',
    );
  }
  if (error instanceof DocumentNotFoundError) {
    return new DomainRefusal(
      500,
      'document-missing',
      `the stored file of ${document.fileName} (SHA-256 ${document.sha256}) is missing from the document store, although the licence records it`,
    );
  }
  return error;
}
