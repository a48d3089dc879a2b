import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { DocumentStore, DocumentTooLargeError, StoredDocument } from '@era/document-store';
import { AppendMetadata, ConcurrencyConflictError } from '@era/event-store';
import { AttachDocument, DocumentType, licenceDecider, licenceStream, requireDocumentTarget } from '@era/licensing-domain';
import { APP_CONFIG, AppConfig, CommandPath, DOCUMENT_STORE, DomainRefusal } from '@era/platform';
import { LicensingContextSource } from '../shared/licensing-context';
import { LicenceWrite } from '../shared/write-accepted';

/** An upload: where it goes, what it is, and its content, not yet read. */
export interface DocumentUpload {
  licenceId: string;
  versionId: string;
  document: { fileName: string; documentType: DocumentType; mediaType: string };
  /** The request body: read only once the licence and version are known to take it. */
  content: Readable;
}

export interface DocumentAttachment extends LicenceWrite {
  versionId: string;
  document: AttachDocument['data'];
}

/**
 * Refuses everything it can before reading a byte of the upload (unknown licence or version, a withdrawn version,
 * stale If-Match), then streams the body into the document store, then records the attachment. Bad input (too large,
 * empty) stores nothing.
 */
@Injectable()
export class AttachDocumentHandler {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly commands: CommandPath,
    private readonly licensing: LicensingContextSource,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(upload: DocumentUpload, metadata: AppendMetadata, expectedRevision?: number): Promise<DocumentAttachment> {
    const id = canonicalId(upload.licenceId);
    const versionId = canonicalId(upload.versionId);
    const streamId = licenceStream(id);
    const { state, revision } = await this.commands.load(streamId, licenceDecider);
    requireDocumentTarget(state, { licenceId: id, versionId });
    if (expectedRevision !== undefined && expectedRevision !== revision) throw new ConcurrencyConflictError(streamId, expectedRevision, revision);

    const stored = await this.store(upload.content);
    const command: AttachDocument = {
      type: 'AttachDocument',
      data: { licenceId: id, versionId, sha256: stored.sha256, sizeBytes: stored.sizeBytes, ...upload.document },
    };
    try {
      if (stored.sizeBytes === 0) throw new DomainRefusal(400, 'document-empty', 'the uploaded document is empty: send the file as the request body');
      const outcome = await this.commands.handle(streamId, licenceDecider, command, { metadata, expectedRevision, context: this.licensing.context });
      return { id, versionId, outcome, document: command.data };
    } catch (error) {
      // Only an empty upload is removed again: any other refusal here comes from a concurrent write, which may be the
      // same file uploaded twice (a double click) whose other request's event now names this content. An unreferenced
      // file is harmless; a signed document missing under a recorded attachment is not.
      if (stored.created && stored.sizeBytes === 0) await this.discard(stored.sha256);
      else if (stored.created)
        this.logger.warn(`upload ${stored.sha256} was stored but its attachment was refused; kept in case a concurrent upload refers to it`);
      throw error;
    }
  }

  private async store(content: Readable): Promise<StoredDocument> {
    const maxBytes = this.config.documents.maxBytes;
    try {
      return await this.documents.put(content, { maxBytes });
    } catch (error) {
      if (error instanceof DocumentTooLargeError) throw tooLarge(maxBytes);
      throw error;
    }
  }

  private async discard(sha256: string): Promise<void> {
    await this.documents.discardUnreferenced(sha256).catch((error: unknown) => {
      this.logger.error(`could not remove the refused upload ${sha256}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/** 413, from the declared Content-Length before anything is read, or from counting what arrived. */
export const tooLarge = (maxBytes: number, declaredBytes?: number) =>
  new DomainRefusal(
    413,
    'document-too-large',
    declaredBytes === undefined
      ? `the document exceeds the limit of ${maxBytes} bytes (MAX_DOCUMENT_BYTES); nothing was stored`
      : `the document (Content-Length ${declaredBytes}) exceeds the limit of ${maxBytes} bytes (MAX_DOCUMENT_BYTES); nothing was read or stored`,
  );
