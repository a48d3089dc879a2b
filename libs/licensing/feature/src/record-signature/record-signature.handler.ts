import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRecordSignature, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { RecordSignatureCommand } from './record-signature.command';

@CommandHandler(RecordSignatureCommand)
export class RecordSignatureHandler implements ICommandHandler<RecordSignatureCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ signature, metadata, ifMatchRevision }: RecordSignatureCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(signature.licenceId), licenceModel, (state) => decideRecordSignature(state, signature), { metadata, ifMatchRevision });
  }
}
