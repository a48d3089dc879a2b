import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { UnlinkResources, licenceDecider, licenceStream } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';
import { LicensingContextSource } from '../shared/licensing-context';
import { LicenceWrite } from '../shared/write-accepted';

@Injectable()
export class UnlinkResourcesHandler {
  constructor(
    private readonly commands: CommandPath,
    private readonly licensing: LicensingContextSource,
  ) {}

  async execute(command: UnlinkResources, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    const id = canonicalId(command.data.licenceId);
    return {
      id,
      outcome: await this.commands.handle(licenceStream(id), licenceDecider, command, { metadata, expectedRevision, context: this.licensing.context }),
    };
  }
}
