import { AppendMetadata } from '@era/event-store';
import { LicenceVersionRecorded } from '@era/licensing-domain';

export class RecordVersionCommand {
  constructor(
    readonly version: LicenceVersionRecorded,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
