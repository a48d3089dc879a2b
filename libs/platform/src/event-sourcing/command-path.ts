import { Inject, Injectable } from '@nestjs/common';
import { CommandOutcome, handleCommand, LoadedState, loadState } from '@era/command-handling';
import { Clock, Command, DecisionContext, Decider, DomainEvent } from '@era/decider';
import { AppendMetadata, EventStore } from '@era/event-store';
import { ReadYourWrites } from '../freshness/read-your-writes';
import { CLOCK, EVENT_STORE } from '../stores/tokens';

export interface CommandRequest<X extends DecisionContext> {
  metadata: AppendMetadata;
  /** The client's If-Match revision, if it sent one. */
  expectedRevision?: number;
  /** What the decision needs besides the time (which this path adds from the clock). */
  context?: () => Omit<X, 'now'> | Promise<Omit<X, 'now'>>;
}

/**
 * The framework-free command path (`handleCommand`) as every Nest-wired use case calls it: the stores and the clock of
 * this process, and, once written, a wait until the in-process projections reflect the write (read-your-writes).
 */
@Injectable()
export class CommandPath {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly freshness: ReadYourWrites,
  ) {}

  async handle<C extends Command, S, E extends DomainEvent, X extends DecisionContext>(
    streamId: string,
    decider: Decider<C, S, E, X>,
    command: C,
    request: CommandRequest<X> & { loaded?: LoadedState<S> },
  ): Promise<CommandOutcome<S, E>> {
    const context = async () => ({ ...((await request.context?.()) ?? {}), now: this.clock.now() }) as X;
    const outcome = await handleCommand(this.events, streamId, decider, command, {
      metadata: request.metadata,
      expectedRevision: request.expectedRevision,
      loaded: request.loaded,
      context,
    });
    await this.freshness.afterWrite(outcome.position);
    return outcome;
  }

  /** A stream as it stands, for checks made before a command (say, before an upload's body is read). */
  load<S, E extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<Command, S, E>, 'initialState' | 'evolve'>,
    options: { knownAt?: string } = {},
  ): Promise<LoadedState<S>> {
    return loadState(this.events, streamId, decider, options);
  }

  now(): Date {
    return this.clock.now();
  }
}
