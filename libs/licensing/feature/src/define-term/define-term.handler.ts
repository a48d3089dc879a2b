import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideDefineTerm, VOCABULARY_STREAM } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { vocabularyModel } from '../shared/stream-models';
import { DefineTermCommand } from './define-term.command';

@CommandHandler(DefineTermCommand)
export class DefineTermHandler implements ICommandHandler<DefineTermCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  async execute({ term, metadata, ifMatchRevision }: DefineTermCommand): Promise<DecisionOutcome<unknown>> {
    await this.writer.vocabulary(metadata);
    return this.writer.write(VOCABULARY_STREAM, vocabularyModel, (state) => decideDefineTerm(state, term), { metadata, ifMatchRevision });
  }
}
