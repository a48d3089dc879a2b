import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideWithdrawVersion, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { WithdrawVersionCommand } from './withdraw-version.command';

@CommandHandler(WithdrawVersionCommand)
export class WithdrawVersionHandler implements ICommandHandler<WithdrawVersionCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ withdrawal, metadata, ifMatchRevision }: WithdrawVersionCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(withdrawal.licenceId), licenceModel, (state) => decideWithdrawVersion(state, withdrawal), { metadata, ifMatchRevision });
  }
}
