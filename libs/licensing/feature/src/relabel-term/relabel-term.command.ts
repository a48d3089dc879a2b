import { AppendMetadata } from '@era/event-store';
import { LicenceTermRelabelled } from '@era/licensing-domain';

export class RelabelTermCommand {
  constructor(
    readonly relabelling: LicenceTermRelabelled,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
