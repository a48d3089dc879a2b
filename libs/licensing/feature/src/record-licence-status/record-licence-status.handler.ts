import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRecordStatus, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { RecordLicenceStatusCommand } from './record-licence-status.command';

@CommandHandler(RecordLicenceStatusCommand)
export class RecordLicenceStatusHandler implements ICommandHandler<RecordLicenceStatusCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ transition, metadata, ifMatchRevision }: RecordLicenceStatusCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(transition.licenceId), licenceModel, (state) => decideRecordStatus(state, transition), { metadata, ifMatchRevision });
  }
}
