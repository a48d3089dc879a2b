import { AppendMetadata } from '@era/event-store';
import { LicenceVersionCorrected } from '@era/licensing-domain';

export class CorrectVersionCommand {
  constructor(
    readonly correction: LicenceVersionCorrected,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
