import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { ConfirmVersion } from '@era/licensing-domain';
import { LicenceCommands } from '../shared/licence-commands';
import { LicenceWrite } from '../shared/write-accepted';

@Injectable()
export class ConfirmVersionHandler {
  constructor(private readonly licences: LicenceCommands) {}

  execute(command: ConfirmVersion, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    return this.licences.handle(command, metadata, expectedRevision);
  }
}
