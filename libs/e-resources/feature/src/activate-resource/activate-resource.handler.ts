import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ActivationInput } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

/** A client may name the activation (so that a retry activates once); otherwise it gets a new UUID. */
export type ActivateResourceRequest = { type: 'ActivateResource'; data: Omit<ActivationInput, 'activationId'> & { activationId?: string } };

@Injectable()
export class ActivateResourceHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute({ data }: ActivateResourceRequest, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    return this.resources.handle({ type: 'ActivateResource', data: { ...data, activationId: data.activationId ?? randomUUID() } }, metadata, expectedRevision);
  }
}
