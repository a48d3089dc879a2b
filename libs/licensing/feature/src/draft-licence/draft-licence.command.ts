import { AppendMetadata } from '@era/event-store';
import { LicenceDrafted } from '@era/licensing-domain';

export class DraftLicenceCommand {
  constructor(
    readonly licence: LicenceDrafted,
    readonly metadata: AppendMetadata,
  ) {}
}
