import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRecordHeadcount, headcountStream } from '@era/desk-domain';
import { DecisionOutcome } from '@era/platform';
import { DeskWriter } from '../shared/desk-writer';
import { headcountModel } from '../shared/stream-models';
import { RecordHeadcountCommand } from './record-headcount.command';

@CommandHandler(RecordHeadcountCommand)
export class RecordHeadcountHandler implements ICommandHandler<RecordHeadcountCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: DeskWriter) {}

  execute({ headcount, metadata }: RecordHeadcountCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(headcountStream(headcount.headcountId), headcountModel, (state) => decideRecordHeadcount(state, headcount, new Date()), { metadata });
  }
}
