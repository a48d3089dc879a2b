import { AppendMetadata, ConcurrencyConflictError, EventStore, NO_STREAM_REVISION } from '@era/event-store';
import { Command, DecisionContext, Decider, DomainEvent } from '@era/decider';
import { asFolded, LoadedState, loadState } from './load-state';

export interface CommandOptions<X extends DecisionContext, S = unknown> {
  /** Who asked, why, and the request's correlation: stored with every event appended. */
  metadata: AppendMetadata;
  /** The revision the client last read (If-Match): a stale one is a conflict, and is never retried. */
  expectedRevision?: number;
  /** What the decision needs besides state and command, taken afresh for every attempt. */
  context: () => X | Promise<X>;
  /**
   * The stream as the caller has just loaded it (for a check made before the command): the first attempt decides on
   * it instead of reading and folding the stream again. A writer that got in between makes the append a conflict, and
   * the retry reads the stream afresh, as always.
   */
  loaded?: LoadedState<S>;
  /** How often a decision is taken again after another writer appended to the stream in between. */
  maxAttempts?: number;
}

export interface CommandOutcome<S, E extends DomainEvent = DomainEvent> {
  /** The stream's revision after the command (unchanged when nothing was decided). */
  revision: number;
  /** Global position of the stream's newest event: what a reader waits for. */
  position: number;
  /** false when the decision was that nothing needs recording: an idempotent repeat. */
  appended: boolean;
  /** What was appended, in order (empty for a repeat). */
  events: readonly E[];
  state: S;
}

const DEFAULT_ATTEMPTS = 3;

/**
 * The one command path: load the stream, decide, append with the revision that was read. When another writer got in
 * between, the command is decided again on the new state (so a retried create that meanwhile landed is recognised
 * as the repeat it is); a client's stale If-Match is a conflict at once. A decision of no events appends nothing.
 */
export async function handleCommand<C extends Command, S, E extends DomainEvent, X extends DecisionContext>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, S, E, X>,
  command: C,
  options: CommandOptions<X, S>,
): Promise<CommandOutcome<S, E>> {
  const attempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  for (let attempt = 1; ; attempt += 1) {
    const { state, revision, position } = attempt === 1 && options.loaded ? options.loaded : await loadState(store, streamId, decider);
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new ConcurrencyConflictError(streamId, options.expectedRevision, revision);
    }
    const events = decider.decide(command, state, await options.context());
    if (events.length === 0) return { revision, position, appended: false, events, state };
    try {
      const result = await store.append(streamId, events, {
        expectedRevision: revision === NO_STREAM_REVISION ? 'no_stream' : revision,
        metadata: options.metadata,
      });
      // Folded when asked for: an import of 50,000 titles need not fold them again to answer.
      let after: S | undefined;
      return {
        revision: result.nextExpectedRevision,
        position: result.position,
        appended: true,
        events,
        get state() {
          return (after ??= result.events.reduce((folding, event) => decider.evolve(folding, asFolded<E>(event)), state));
        },
      };
    } catch (error) {
      const retry = error instanceof ConcurrencyConflictError && options.expectedRevision === undefined && attempt < attempts;
      if (!retry) throw error;
    }
  }
}
