import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRelabelTerm } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { RelabelTermCommand } from './relabel-term.command';

@CommandHandler(RelabelTermCommand)
export class RelabelTermHandler implements ICommandHandler<RelabelTermCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ relabelling, metadata, ifMatchRevision }: RelabelTermCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.writeVocabulary((state) => decideRelabelTerm(state, relabelling), { metadata, ifMatchRevision });
  }
}
