import { Injectable } from '@nestjs/common';
import { DeactivateResource } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

@Injectable()
export class DeactivateResourceHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute(command: DeactivateResource, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle(command, metadata, expectedRevision);
  }
}
