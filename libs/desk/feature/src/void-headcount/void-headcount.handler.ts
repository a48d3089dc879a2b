import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideVoidHeadcount, headcountStream } from '@era/desk-domain';
import { DecisionOutcome } from '@era/platform';
import { DeskWriter } from '../shared/desk-writer';
import { headcountModel } from '../shared/stream-models';
import { VoidHeadcountCommand } from './void-headcount.command';

@CommandHandler(VoidHeadcountCommand)
export class VoidHeadcountHandler implements ICommandHandler<VoidHeadcountCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: DeskWriter) {}

  execute({ headcountId, reason, metadata, ifMatchRevision }: VoidHeadcountCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(headcountStream(headcountId), headcountModel, (state) => decideVoidHeadcount(state, { headcountId, reason }), { metadata, ifMatchRevision });
  }
}
