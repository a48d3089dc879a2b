import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore } from '@era/event-store';
import { decideVoidHeadcount, headcountStream } from '@era/desk-domain';
import { decideAndAppend, DecisionOutcome, EVENT_STORE, ReadYourWrites } from '@era/platform';
import { asDeskRefusal } from '../shared/desk-refusal';
import { headcountModel } from '../shared/stream-models';
import { VoidHeadcountCommand } from './void-headcount.command';

@CommandHandler(VoidHeadcountCommand)
export class VoidHeadcountHandler implements ICommandHandler<VoidHeadcountCommand, DecisionOutcome<unknown>> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute({ headcountId, reason, metadata, ifMatchRevision }: VoidHeadcountCommand): Promise<DecisionOutcome<unknown>> {
    const stream = headcountStream(headcountId);
    const outcome = await decideAndAppend(this.events, stream, headcountModel, (state) => decideVoidHeadcount(state, { headcountId, reason }), {
      metadata,
      ifMatchRevision,
    }).catch((error) => Promise.reject(asDeskRefusal(error)));
    await this.freshness.afterWrite(outcome.position);
    return outcome;
  }
}
