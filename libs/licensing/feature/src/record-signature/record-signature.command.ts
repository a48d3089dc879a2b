import { AppendMetadata } from '@era/event-store';
import { LicenceSignatureRecorded } from '@era/licensing-domain';

export class RecordSignatureCommand {
  constructor(
    readonly signature: LicenceSignatureRecorded,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
