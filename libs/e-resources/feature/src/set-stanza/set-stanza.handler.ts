import { Injectable } from '@nestjs/common';
import { SetEResourceStanza } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

@Injectable()
export class SetEResourceStanzaHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute(command: SetEResourceStanza, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle(command, metadata, expectedRevision);
  }
}
