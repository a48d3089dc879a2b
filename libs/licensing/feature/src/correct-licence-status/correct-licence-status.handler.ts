import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideCorrectStatus, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { CorrectLicenceStatusCommand } from './correct-licence-status.command';

@CommandHandler(CorrectLicenceStatusCommand)
export class CorrectLicenceStatusHandler implements ICommandHandler<CorrectLicenceStatusCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ correction, metadata, ifMatchRevision }: CorrectLicenceStatusCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(correction.licenceId), licenceModel, (state) => decideCorrectStatus(state, correction), { metadata, ifMatchRevision });
  }
}
