import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { EResourceCommand, eResourceDecider, eResourceStream, requireResourceId } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { CommandPath } from '@era/platform';
import { EResourceWrite } from './write-accepted';

/** A command on one resource's stream, decided by the e-resource decider; ids answered in canonical form. */
@Injectable()
export class EResourceCommands {
  constructor(private readonly commands: CommandPath) {}

  async handle(command: EResourceCommand, metadata: AppendMetadata, expectedRevision?: number): Promise<EResourceWrite> {
    // An id outside the resource-id alphabet names no stream: refused (400) before the store is asked.
    const id = requireResourceId(command.data.resourceId);
    const outcome = await this.commands.handle(eResourceStream(id), eResourceDecider, command, { metadata, expectedRevision });
    const activationId = 'activationId' in command.data ? canonicalId(command.data.activationId) : undefined;
    return { id, ...(activationId !== undefined && { activationId }), outcome };
  }
}
