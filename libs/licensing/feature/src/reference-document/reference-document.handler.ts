import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { ReferenceDocument } from '@era/licensing-domain';
import { LicenceCommands } from '../shared/licence-commands';
import { LicenceWrite } from '../shared/write-accepted';

/** Records a document known by URL or location: nothing is stored but the reference. */
@Injectable()
export class ReferenceDocumentHandler {
  constructor(private readonly licences: LicenceCommands) {}

  execute(command: ReferenceDocument, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    return this.licences.handle(command, metadata, expectedRevision);
  }
}
