import { Injectable } from '@nestjs/common';
import { RemoveEResourceStanza } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

@Injectable()
export class RemoveEResourceStanzaHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute(command: RemoveEResourceStanza, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle(command, metadata, expectedRevision);
  }
}
