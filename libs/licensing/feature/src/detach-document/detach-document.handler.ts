import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideDetachDocument, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { DetachDocumentCommand } from './detach-document.command';

/** Records the detachment only: the stored file is never deleted (content-addressed, other references may exist). */
@CommandHandler(DetachDocumentCommand)
export class DetachDocumentHandler implements ICommandHandler<DetachDocumentCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ detachment, metadata, ifMatchRevision }: DetachDocumentCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(detachment.licenceId), licenceModel, (state) => decideDetachDocument(state, detachment), { metadata, ifMatchRevision });
  }
}
