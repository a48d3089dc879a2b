import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { DetachDocument, licenceDecider, licenceStream } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';
import { LicensingContextSource } from '../shared/licensing-context';
import { LicenceWrite } from '../shared/write-accepted';

/** Records the detachment only: the stored file is never deleted (content-addressed, other references may exist). */
@Injectable()
export class DetachDocumentHandler {
  constructor(
    private readonly commands: CommandPath,
    private readonly licensing: LicensingContextSource,
  ) {}

  async execute(command: DetachDocument, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    const id = canonicalId(command.data.licenceId);
    const outcome = await this.commands.handle(licenceStream(id), licenceDecider, command, { metadata, expectedRevision, context: this.licensing.context });
    return { id, versionId: canonicalId(command.data.versionId), outcome };
  }
}
