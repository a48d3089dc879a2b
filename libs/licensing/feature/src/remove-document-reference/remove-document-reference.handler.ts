import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { RemoveDocumentReference } from '@era/licensing-domain';
import { LicenceCommands } from '../shared/licence-commands';
import { LicenceWrite } from '../shared/write-accepted';

/** Records the removal only: the reference stays in history, marked removed. */
@Injectable()
export class RemoveDocumentReferenceHandler {
  constructor(private readonly licences: LicenceCommands) {}

  execute(command: RemoveDocumentReference, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    return this.licences.handle(command, metadata, expectedRevision);
  }
}
