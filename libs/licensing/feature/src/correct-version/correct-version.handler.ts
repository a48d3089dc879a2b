import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { CorrectVersion, licenceDecider, licenceStream } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';
import { LicensingContextSource } from '../shared/licensing-context';
import { LicenceWrite } from '../shared/write-accepted';

@Injectable()
export class CorrectVersionHandler {
  constructor(
    private readonly commands: CommandPath,
    private readonly licensing: LicensingContextSource,
  ) {}

  async execute(command: CorrectVersion, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    const id = canonicalId(command.data.licenceId);
    const streamId = licenceStream(id);
    await this.licensing.seedVocabularyFor(streamId, command, metadata);
    const outcome = await this.commands.handle(streamId, licenceDecider, command, { metadata, expectedRevision, context: this.licensing.context });
    return { id, versionId: canonicalId(command.data.versionId), outcome };
  }
}
