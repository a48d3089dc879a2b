import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { DocumentStore, DocumentTooLargeError, StagedDocument } from '@era/document-store';
import { AppendMetadata, ConcurrencyConflictError } from '@era/event-store';
import {
  AttachDocument,
  DocumentCategory,
  DocumentType,
  licenceDecider,
  licenceStream,
  requireDocumentTarget,
  requireDocumentType,
} from '@era/licensing-domain';
import { APP_CONFIG, AppConfig, CommandPath, DOCUMENT_STORE, DomainRefusal } from '@era/platform';
import { LicensingContextSource } from '../shared/licensing-context';
import { LicenceWrite } from '../shared/write-accepted';

/** An upload: where it goes, what it is, and its content, not yet read. */
export interface DocumentUpload {
  licenceId: string;
  versionId: string;
  document: { fileName: string; documentType: DocumentType; mediaType: string; name?: string; note?: string; category?: DocumentCategory };
  /** The request body: read only once the licence and version are known to take it. */
  content: Readable;
}

export interface DocumentAttachment extends LicenceWrite {
  versionId: string;
  document: AttachDocument['data'];
}

/**
 * Refuses everything it can before reading a byte of the upload (unknown licence or version, a withdrawn version,
 * stale If-Match), then streams the body into the document store's staging area, decides, and only then gives the
 * bytes their address and records the attachment. A refused upload (too large, empty, refused by a rule) stores nothing.
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
    requireDocumentType(upload.document.documentType, await this.licensing.context());
    if (expectedRevision !== undefined && expectedRevision !== revision) throw new ConcurrencyConflictError(streamId, expectedRevision, revision);

    const staged = await this.stage(upload.content);
    const command: AttachDocument = {
      type: 'AttachDocument',
      data: { licenceId: id, versionId, sha256: staged.sha256, sizeBytes: staged.sizeBytes, ...upload.document },
    };
    // Decided on the hash before the bytes get their address: a refusal (an empty file, a version withdrawn while the
    // file arrived, any rule) leaves nothing stored.
    try {
      if (staged.sizeBytes === 0) throw new DomainRefusal(400, 'document-empty', 'the uploaded document is empty: send the file as the request body');
      await this.decideAsOfNow(streamId, command);
    } catch (error) {
      await this.discard(staged);
      throw error;
    }
    const stored = await staged.keep();
    try {
      const outcome = await this.commands.handle(streamId, licenceDecider, command, { metadata, expectedRevision, context: this.licensing.context });
      return { id, versionId, outcome, document: command.data };
    } catch (error) {
      // Refused only by a change that landed between the decision above and the append. The content may by now be named
      // by a concurrent upload of the same file, so it stays; `era verify` lists stored documents no event names.
      if (stored.created) this.logger.warn(`upload ${stored.sha256} was stored but its attachment was refused by a concurrent change; kept`);
      throw error;
    }
  }

  /** The decision the append will make, made now: throws the refusal, appends nothing. */
  private async decideAsOfNow(streamId: string, command: AttachDocument): Promise<void> {
    const { state } = await this.commands.load(streamId, licenceDecider);
    licenceDecider.decide(command, state, { ...(await this.licensing.context()), now: this.commands.now() });
  }

  private async stage(content: Readable): Promise<StagedDocument> {
    const maxBytes = this.config.documents.maxBytes;
    try {
      return await this.documents.stage(content, { maxBytes });
    } catch (error) {
      if (error instanceof DocumentTooLargeError) throw tooLarge(maxBytes);
      throw error;
    }
  }

  private async discard(staged: StagedDocument): Promise<void> {
    await staged.discard().catch((error: unknown) => {
      this.logger.error(`could not remove the refused upload ${staged.sha256}: ${error instanceof Error ? error.message : String(error)}`);
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
