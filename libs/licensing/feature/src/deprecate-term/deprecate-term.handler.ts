import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideDeprecateTerm, VOCABULARY_STREAM } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { vocabularyModel } from '../shared/stream-models';
import { DeprecateTermCommand } from './deprecate-term.command';

@CommandHandler(DeprecateTermCommand)
export class DeprecateTermHandler implements ICommandHandler<DeprecateTermCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  async execute({ deprecation, metadata, ifMatchRevision }: DeprecateTermCommand): Promise<DecisionOutcome<unknown>> {
    await this.writer.vocabulary(metadata);
    return this.writer.write(VOCABULARY_STREAM, vocabularyModel, (state) => decideDeprecateTerm(state, deprecation), { metadata, ifMatchRevision });
  }
}
