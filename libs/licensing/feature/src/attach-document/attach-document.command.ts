import { Readable } from 'node:stream';
import { AppendMetadata } from '@era/event-store';
import { DocumentType } from '@era/licensing-domain';

export class AttachDocumentCommand {
  constructor(
    readonly target: { licenceId: string; versionId: string },
    readonly document: { fileName: string; documentType: DocumentType; mediaType: string },
    /** The request body, not yet read: the handler reads it only once the licence and version are known to exist. */
    readonly content: Readable,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
