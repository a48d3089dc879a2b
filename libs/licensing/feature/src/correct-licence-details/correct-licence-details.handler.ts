import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideCorrectLicenceDetails, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { CorrectLicenceDetailsCommand } from './correct-licence-details.command';

@CommandHandler(CorrectLicenceDetailsCommand)
export class CorrectLicenceDetailsHandler implements ICommandHandler<CorrectLicenceDetailsCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ correction, metadata, ifMatchRevision }: CorrectLicenceDetailsCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(correction.licenceId), licenceModel, (state) => decideCorrectLicenceDetails(state, correction), {
      metadata,
      ifMatchRevision,
    });
  }
}
