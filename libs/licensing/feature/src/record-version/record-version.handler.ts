import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRecordVersion, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { Directors } from '../shared/directors';
import { LicensingWriter } from '../shared/licensing-writer';
import { RecordVersionCommand } from './record-version.command';

@CommandHandler(RecordVersionCommand)
export class RecordVersionHandler implements ICommandHandler<RecordVersionCommand, DecisionOutcome<unknown>> {
  constructor(
    private readonly writer: LicensingWriter,
    private readonly directors: Directors,
  ) {}

  async execute({ version, metadata, ifMatchRevision }: RecordVersionCommand): Promise<DecisionOutcome<unknown>> {
    this.directors.requireDirector(version.directedBy);
    return this.writer.writeWithVocabulary(licenceStream(version.licenceId), (state, vocabulary) => decideRecordVersion(state, version, vocabulary), {
      metadata,
      ifMatchRevision,
    });
  }
}
