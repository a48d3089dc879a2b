import { Injectable } from '@nestjs/common';
import { HideEResource } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

@Injectable()
export class HideEResourceHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute(command: HideEResource, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle(command, metadata, expectedRevision);
  }
}
