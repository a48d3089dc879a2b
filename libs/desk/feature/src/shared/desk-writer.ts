import { Inject, Injectable } from '@nestjs/common';
import { AppendMetadata, EventStore } from '@era/event-store';
import { DeskEvent } from '@era/desk-domain';
import { decideAndAppend, DecisionOutcome, EVENT_STORE, ReadYourWrites, StreamModel } from '@era/platform';
import { asDeskRefusal } from './desk-refusal';

/** The write path every desk command shares: decide on the stream, append, wait until the statistics reflect it. */
@Injectable()
export class DeskWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async write<S>(
    streamId: string,
    model: StreamModel<S, DeskEvent>,
    decide: (state: S) => DeskEvent[],
    options: { metadata: AppendMetadata; ifMatchRevision?: number },
  ): Promise<DecisionOutcome<S>> {
    const outcome = await decideAndAppend(this.events, streamId, model, decide, options).catch((error) => Promise.reject(asDeskRefusal(error)));
    await this.freshness.afterWrite(outcome.position);
    return outcome;
  }
}
