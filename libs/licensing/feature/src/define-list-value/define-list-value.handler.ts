import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { DefineListValue } from '@era/licensing-domain';
import { ListValueCommands } from '../shared/list-values';

@Injectable()
export class DefineListValueHandler {
  constructor(private readonly lists: ListValueCommands) {}

  execute(command: DefineListValue, metadata: AppendMetadata, expectedRevision?: number) {
    return this.lists.handle(command, metadata, expectedRevision);
  }
}
