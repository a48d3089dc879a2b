import { AppendMetadata } from '@era/event-store';
import { LicenceDetailsCorrected } from '@era/licensing-domain';

export class CorrectLicenceDetailsCommand {
  constructor(
    readonly correction: LicenceDetailsCorrected,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
