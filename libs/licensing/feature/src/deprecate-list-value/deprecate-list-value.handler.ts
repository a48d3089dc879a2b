import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { DeprecateListValue } from '@era/licensing-domain';
import { ListValueCommands } from '../shared/list-values';

@Injectable()
export class DeprecateListValueHandler {
  constructor(private readonly lists: ListValueCommands) {}

  execute(command: DeprecateListValue, metadata: AppendMetadata, expectedRevision?: number) {
    return this.lists.handle(command, metadata, expectedRevision);
  }
}
