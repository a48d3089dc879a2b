import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { CorrectLicenceDetails } from '@era/licensing-domain';
import { LicenceCommands } from '../shared/licence-commands';
import { LicenceWrite } from '../shared/write-accepted';

@Injectable()
export class CorrectLicenceDetailsHandler {
  constructor(private readonly licences: LicenceCommands) {}

  execute(command: CorrectLicenceDetails, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    return this.licences.handle(command, metadata, expectedRevision);
  }
}
