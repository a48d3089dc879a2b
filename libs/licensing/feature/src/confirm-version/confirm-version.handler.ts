import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideConfirmVersion, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { ConfirmVersionCommand } from './confirm-version.command';

@CommandHandler(ConfirmVersionCommand)
export class ConfirmVersionHandler implements ICommandHandler<ConfirmVersionCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ confirmation, metadata, ifMatchRevision }: ConfirmVersionCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(confirmation.licenceId), licenceModel, (state) => decideConfirmVersion(state, confirmation), { metadata, ifMatchRevision });
  }
}
