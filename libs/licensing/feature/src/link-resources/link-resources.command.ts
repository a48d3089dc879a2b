import { AppendMetadata } from '@era/event-store';

export class LinkResourcesCommand {
  constructor(
    readonly licenceId: string,
    readonly resourceIds: string[],
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
