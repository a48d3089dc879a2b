import { AppendMetadata } from '@era/event-store';

export class VoidHeadcountCommand {
  constructor(
    readonly headcountId: string,
    readonly reason: string,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
