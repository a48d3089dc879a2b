import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { DraftLicence, licenceDecider, licenceStream } from '@era/licensing-domain';
import { CommandPath } from '@era/platform';
import { LicensingContextSource } from '../shared/licensing-context';
import { LicenceWrite } from '../shared/write-accepted';

/** A client may choose the licence's id (so that a retry drafts once); otherwise it gets a new one. */
export type DraftLicenceRequest = { type: 'DraftLicence'; data: Omit<DraftLicence['data'], 'licenceId'> & { licenceId?: string } };

@Injectable()
export class DraftLicenceHandler {
  constructor(
    private readonly commands: CommandPath,
    private readonly licensing: LicensingContextSource,
  ) {}

  async execute({ data }: DraftLicenceRequest, metadata: AppendMetadata): Promise<LicenceWrite> {
    const id = canonicalId(data.licenceId ?? randomUUID());
    const command: DraftLicence = { type: 'DraftLicence', data: { ...data, licenceId: id } };
    await this.licensing.seedListsFor(licenceStream(id), command, metadata);
    return { id, outcome: await this.commands.handle(licenceStream(id), licenceDecider, command, { metadata, context: this.licensing.context }) };
  }
}
