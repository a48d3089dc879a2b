import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideDeprecateTerm } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { DeprecateTermCommand } from './deprecate-term.command';

@CommandHandler(DeprecateTermCommand)
export class DeprecateTermHandler implements ICommandHandler<DeprecateTermCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ deprecation, metadata, ifMatchRevision }: DeprecateTermCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.writeVocabulary((state) => decideDeprecateTerm(state, deprecation), { metadata, ifMatchRevision });
  }
}
