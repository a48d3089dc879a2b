import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideCorrectVersion, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { Directors } from '../shared/directors';
import { LicensingWriter } from '../shared/licensing-writer';
import { CorrectVersionCommand } from './correct-version.command';

@CommandHandler(CorrectVersionCommand)
export class CorrectVersionHandler implements ICommandHandler<CorrectVersionCommand, DecisionOutcome<unknown>> {
  constructor(
    private readonly writer: LicensingWriter,
    private readonly directors: Directors,
  ) {}

  async execute({ correction, metadata, ifMatchRevision }: CorrectVersionCommand): Promise<DecisionOutcome<unknown>> {
    this.directors.requireDirector(correction.directedBy);
    return this.writer.writeWithVocabulary(licenceStream(correction.licenceId), (state, vocabulary) => decideCorrectVersion(state, correction, vocabulary), {
      metadata,
      ifMatchRevision,
    });
  }
}
