import { AppendMetadata } from '@era/event-store';

export class UnlinkResourcesCommand {
  constructor(
    readonly unlinking: { licenceId: string; resourceIds: string[]; reason?: string },
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
