import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RegisterEResource } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { EResourceCommands } from '../shared/e-resource-commands';
import { EResourceWrite } from '../shared/write-accepted';

/** A client may choose the resource's id (so that a retry registers once, and licence links resolve); otherwise a new UUID. */
export type RegisterEResourceRequest = { type: 'RegisterEResource'; data: Omit<RegisterEResource['data'], 'resourceId'> & { resourceId?: string } };

@Injectable()
export class RegisterEResourceHandler {
  constructor(private readonly resources: EResourceCommands) {}

  execute({ data }: RegisterEResourceRequest, metadata: AppendMetadata): Promise<EResourceWrite> {
    return this.resources.handle({ type: 'RegisterEResource', data: { ...data, resourceId: data.resourceId ?? randomUUID() } }, metadata);
  }
}
