import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRelabelTerm, VOCABULARY_STREAM } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { vocabularyModel } from '../shared/stream-models';
import { RelabelTermCommand } from './relabel-term.command';

@CommandHandler(RelabelTermCommand)
export class RelabelTermHandler implements ICommandHandler<RelabelTermCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  async execute({ relabelling, metadata, ifMatchRevision }: RelabelTermCommand): Promise<DecisionOutcome<unknown>> {
    await this.writer.vocabulary(metadata);
    return this.writer.write(VOCABULARY_STREAM, vocabularyModel, (state) => decideRelabelTerm(state, relabelling), { metadata, ifMatchRevision });
  }
}
