import { AppendMetadata } from '@era/event-store';
import { LicenceStatus } from '@era/licensing-domain';

export class CorrectLicenceStatusCommand {
  constructor(
    readonly correction: { licenceId: string; to: LicenceStatus; reason: string },
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
