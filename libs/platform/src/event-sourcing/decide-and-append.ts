import { AppendMetadata, ConcurrencyConflictError, EventData, EventMetadata, EventStore, NO_STREAM_REVISION, RecordedEvent } from '@era/event-store';

/** An event as a stream model folds it: what was decided, plus who recorded it and when. */
export type FoldedEvent<E> = E & { metadata?: EventMetadata };

export interface StreamModel<S, E extends { type: string; data: EventData }> {
  initial: S;
  evolve(state: S, event: FoldedEvent<E>): S;
}

export interface DecisionOutcome<S> {
  /** The stream's revision after the decision (unchanged when nothing was decided). */
  revision: number;
  /** Global position of the newest event of the stream: what a reader waits for. */
  position: number;
  appended: boolean;
  state: S;
}

export interface LoadedStream<S> {
  state: S;
  /** Revision of the newest event, -1 when the stream does not exist. */
  revision: number;
  /** Global position of the newest event, 0 when the stream does not exist. */
  position: number;
}

const folded = <E>(event: RecordedEvent) => ({ type: event.type, data: event.data, metadata: event.metadata }) as unknown as FoldedEvent<E>;

/**
 * Folds a stream into its state, optionally only the events recorded at or before `knownAt` (ISO-8601): what the
 * system knew then.
 */
export async function loadStream<S, E extends { type: string; data: EventData }>(
  store: EventStore,
  streamId: string,
  model: StreamModel<S, E>,
  options: { knownAt?: string } = {},
): Promise<LoadedStream<S>> {
  let state = model.initial;
  let revision = NO_STREAM_REVISION;
  let position = 0;
  const until = options.knownAt === undefined ? Infinity : Date.parse(options.knownAt);
  for await (const event of store.readStream(streamId)) {
    if (Date.parse(event.metadata.recordedAt) > until) continue;
    state = model.evolve(state, folded<E>(event));
    revision = event.streamRevision;
    position = event.globalPosition;
  }
  return { state, revision, position };
}

/**
 * The command path: load the stream, fold it into state, decide, append with the revision that was read. A
 * concurrent writer in between, or a client If-Match that is no longer current, ends in ConcurrencyConflictError.
 * A decision of no events appends nothing (an idempotent retry).
 */
export async function decideAndAppend<S, E extends { type: string; data: EventData }>(
  store: EventStore,
  streamId: string,
  model: StreamModel<S, E>,
  decide: (state: S) => E[],
  options: { metadata: AppendMetadata; ifMatchRevision?: number },
): Promise<DecisionOutcome<S>> {
  const loaded = await loadStream(store, streamId, model);
  const { revision, position } = loaded;
  let { state } = loaded;
  if (options.ifMatchRevision !== undefined && options.ifMatchRevision !== revision) {
    throw new ConcurrencyConflictError(streamId, options.ifMatchRevision, revision);
  }
  const events = decide(state);
  if (events.length === 0) return { revision, position, appended: false, state };
  const result = await store.append(streamId, events, {
    expectedRevision: revision === NO_STREAM_REVISION ? 'no_stream' : revision,
    metadata: options.metadata,
  });
  state = result.events.reduce((folding, event) => model.evolve(folding, folded<E>(event)), state);
  return { revision: result.nextExpectedRevision, position: result.position, appended: true, state };
}
