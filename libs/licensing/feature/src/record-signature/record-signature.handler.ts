import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { RecordSignature } from '@era/licensing-domain';
import { LicenceCommands } from '../shared/licence-commands';
import { LicenceWrite } from '../shared/write-accepted';

@Injectable()
export class RecordSignatureHandler {
  constructor(private readonly licences: LicenceCommands) {}

  execute(command: RecordSignature, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    return this.licences.handle(command, metadata, expectedRevision);
  }
}
