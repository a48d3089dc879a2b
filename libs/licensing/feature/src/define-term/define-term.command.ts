import { AppendMetadata } from '@era/event-store';
import { TermDefinition } from '@era/licensing-domain';

export class DefineTermCommand {
  constructor(
    readonly term: TermDefinition,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
