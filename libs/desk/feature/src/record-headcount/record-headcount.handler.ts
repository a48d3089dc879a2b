import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore } from '@era/event-store';
import { decideRecordHeadcount, headcountStream } from '@era/desk-domain';
import { decideAndAppend, DecisionOutcome, EVENT_STORE, ReadYourWrites } from '@era/platform';
import { asDeskRefusal } from '../shared/desk-refusal';
import { headcountModel } from '../shared/stream-models';
import { RecordHeadcountCommand } from './record-headcount.command';

@CommandHandler(RecordHeadcountCommand)
export class RecordHeadcountHandler implements ICommandHandler<RecordHeadcountCommand, DecisionOutcome<unknown>> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute({ headcount, metadata }: RecordHeadcountCommand): Promise<DecisionOutcome<unknown>> {
    const stream = headcountStream(headcount.headcountId);
    const outcome = await decideAndAppend(this.events, stream, headcountModel, (state) => decideRecordHeadcount(state, headcount, new Date()), {
      metadata,
    }).catch((error) => Promise.reject(asDeskRefusal(error)));
    await this.freshness.afterWrite(outcome.position);
    return outcome;
  }
}
