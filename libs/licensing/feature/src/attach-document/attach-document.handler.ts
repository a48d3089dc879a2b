import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DocumentStore, DocumentTooLargeError, StoredDocument } from '@era/document-store';
import { ConcurrencyConflictError } from '@era/event-store';
import { decideAttachDocument, LicenceDocumentAttached, licenceStream } from '@era/licensing-domain';
import { APP_CONFIG, AppConfig, DecisionOutcome, DOCUMENT_STORE, DomainRefusal } from '@era/platform';
import { requireOpenVersionOf } from '../shared/licence-target';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { AttachDocumentCommand } from './attach-document.command';

export interface DocumentAttachment {
  outcome: DecisionOutcome<unknown>;
  document: LicenceDocumentAttached;
}

/**
 * Refuses everything it can before reading a byte of the upload (unknown licence or version, a withdrawn version,
 * stale If-Match), then streams the body into the document store, then records the attachment. Bad input (too large,
 * empty) stores nothing.
 */
@CommandHandler(AttachDocumentCommand)
export class AttachDocumentHandler implements ICommandHandler<AttachDocumentCommand, DocumentAttachment> {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly writer: LicensingWriter,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ target, document, content, metadata, ifMatchRevision }: AttachDocumentCommand): Promise<DocumentAttachment> {
    const streamId = licenceStream(target.licenceId);
    const { state, revision } = await this.writer.load(streamId, licenceModel);
    requireOpenVersionOf(state, target.licenceId, target.versionId);
    if (ifMatchRevision !== undefined && ifMatchRevision !== revision) throw new ConcurrencyConflictError(streamId, ifMatchRevision, revision);

    const stored = await this.store(content);
    const attached: LicenceDocumentAttached = { ...target, sha256: stored.sha256, sizeBytes: stored.sizeBytes, ...document };
    try {
      if (stored.sizeBytes === 0) throw new DomainRefusal(400, 'document-empty', 'the uploaded document is empty: send the file as the request body');
      const outcome = await this.writer.write(streamId, licenceModel, (current) => decideAttachDocument(current, attached), { metadata, ifMatchRevision });
      return { outcome, document: attached };
    } catch (error) {
      // Only an empty upload is removed again: any other refusal here comes from a concurrent write, which may be the
      // same file uploaded twice (a double click) whose other request's event now names this content. An unreferenced
      // file is harmless; a signed document missing under a recorded attachment is not.
      if (stored.created && stored.sizeBytes === 0) await this.discard(stored.sha256);
      else if (stored.created) this.logger.warn(`upload ${stored.sha256} was stored but its attachment was refused; kept in case a concurrent upload refers to it`);
      throw error;
    }
  }

  private async store(content: AttachDocumentCommand['content']): Promise<StoredDocument> {
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
