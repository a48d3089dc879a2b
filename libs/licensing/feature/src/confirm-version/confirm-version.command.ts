import { AppendMetadata } from '@era/event-store';

export class ConfirmVersionCommand {
  constructor(
    readonly confirmation: { licenceId: string; versionId: string; note?: string },
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
