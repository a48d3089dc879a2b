import { Injectable } from '@nestjs/common';
import { RetractActivation } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

@Injectable()
export class RetractActivationHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute(command: RetractActivation, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle(command, metadata, expectedRevision);
  }
}
