import { EventData, EventStore, NO_STREAM_REVISION, RecordedEvent } from '@era/event-store';
import { Command, DecisionContext, Decider, DomainEvent, Folded } from '@era/decider';

/** A stream folded into its aggregate's state. */
export interface LoadedState<S> {
  state: S;
  /** Revision of the newest event folded, -1 when the stream does not exist. */
  revision: number;
  /** Global position of the newest event folded, 0 when the stream does not exist. */
  position: number;
}

/**
 * A stored event as its decider folds it. The stream belongs to the decider's aggregate, so its events are that
 * aggregate's events: the type says which, and an upcasting store has already brought old shapes up to date.
 */
export function asFolded<E extends DomainEvent>(event: RecordedEvent<EventData>): Folded<E> {
  const folded: Folded<DomainEvent> = { type: event.type, data: event.data, metadata: event.metadata };
  return folded as Folded<E>;
}

/**
 * Folds a stream with a decider's `evolve`; with `knownAt` (an ISO-8601 instant), only the events recorded by then:
 * what the system knew at that moment.
 */
export async function loadState<S, E extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<Command, S, E, DecisionContext>, 'initialState' | 'evolve'>,
  options: { knownAt?: string } = {},
): Promise<LoadedState<S>> {
  let state = decider.initialState;
  let revision = NO_STREAM_REVISION;
  let position = 0;
  const until = options.knownAt === undefined ? Infinity : Date.parse(options.knownAt);
  for await (const event of store.readStream(streamId)) {
    if (Date.parse(event.metadata.recordedAt) > until) continue;
    state = decider.evolve(state, asFolded<E>(event));
    revision = event.streamRevision;
    position = event.globalPosition;
  }
  return { state, revision, position };
}
