import { Injectable } from '@nestjs/common';
import { ShowEResource } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

@Injectable()
export class ShowEResourceHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute(command: ShowEResource, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle(command, metadata, expectedRevision);
  }
}
