import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { licenceDecider, licenceStream, RecordVersion } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';
import { LicensingContextSource } from '../shared/licensing-context';
import { LicenceWrite } from '../shared/write-accepted';

/** A client may choose the version's id (so that a retry records once); otherwise it gets a new one. */
export type RecordVersionRequest = { type: 'RecordVersion'; data: Omit<RecordVersion['data'], 'versionId'> & { versionId?: string } };

@Injectable()
export class RecordVersionHandler {
  constructor(
    private readonly commands: CommandPath,
    private readonly licensing: LicensingContextSource,
  ) {}

  async execute({ data }: RecordVersionRequest, metadata: AppendMetadata, expectedRevision?: number): Promise<LicenceWrite> {
    const id = canonicalId(data.licenceId);
    const versionId = canonicalId(data.versionId ?? randomUUID());
    const command: RecordVersion = { type: 'RecordVersion', data: { ...data, versionId } };
    const streamId = licenceStream(id);
    await this.licensing.seedVocabularyFor(streamId, command, metadata);
    const outcome = await this.commands.handle(streamId, licenceDecider, command, { metadata, expectedRevision, context: this.licensing.context });
    return { id, versionId, outcome };
  }
}
