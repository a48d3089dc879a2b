import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { RelabelListValue } from '@era/licensing-domain';
import { ListValueCommands } from '../shared/list-values';

@Injectable()
export class RelabelListValueHandler {
  constructor(private readonly lists: ListValueCommands) {}

  execute(command: RelabelListValue, metadata: AppendMetadata, expectedRevision?: number) {
    return this.lists.handle(command, metadata, expectedRevision);
  }
}
