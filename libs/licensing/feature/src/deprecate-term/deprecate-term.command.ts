import { AppendMetadata } from '@era/event-store';

export class DeprecateTermCommand {
  constructor(
    readonly deprecation: { key: string; reason: string },
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
