import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideDraftLicence, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { DraftLicenceCommand } from './draft-licence.command';

@CommandHandler(DraftLicenceCommand)
export class DraftLicenceHandler implements ICommandHandler<DraftLicenceCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ licence, metadata }: DraftLicenceCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(licence.licenceId), licenceModel, (state) => decideDraftLicence(state, licence), { metadata });
  }
}
