import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideDefineTerm } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { DefineTermCommand } from './define-term.command';

@CommandHandler(DefineTermCommand)
export class DefineTermHandler implements ICommandHandler<DefineTermCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ term, metadata, ifMatchRevision }: DefineTermCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.writeVocabulary((state) => decideDefineTerm(state, term), { metadata, ifMatchRevision });
  }
}
