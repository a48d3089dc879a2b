import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { DetachDocument } from '@era/licensing-domain';
import { LicenceCommands } from '../shared/licence-commands';
import { LicenceWrite } from '../shared/write-accepted';

/** Records the detachment only: the stored file is never deleted (content-addressed, other references may exist). */
@Injectable()
export class DetachDocumentHandler {
  constructor(private readonly licences: LicenceCommands) {}

  execute(command: DetachDocument, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    return this.licences.handle(command, metadata, expectedRevision);
  }
}
