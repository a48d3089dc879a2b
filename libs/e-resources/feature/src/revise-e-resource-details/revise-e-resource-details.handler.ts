import { Injectable } from '@nestjs/common';
import { ReviseEResourceDetails } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

@Injectable()
export class ReviseEResourceDetailsHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute(command: ReviseEResourceDetails, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle(command, metadata, expectedRevision);
  }
}
