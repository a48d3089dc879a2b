import { AppendMetadata } from '@era/event-store';
import { LicenceDocumentDetached } from '@era/licensing-domain';

export class DetachDocumentCommand {
  constructor(
    readonly detachment: LicenceDocumentDetached,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
