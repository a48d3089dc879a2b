import { Injectable } from '@nestjs/common';
import { SetEResourceAccessLink } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

@Injectable()
export class SetEResourceAccessLinkHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute(command: SetEResourceAccessLink, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle(command, metadata, expectedRevision);
  }
}
