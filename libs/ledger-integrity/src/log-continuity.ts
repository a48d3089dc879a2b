import { EventStore } from '@era/event-store';
import { IntegrityProblem } from './integrity-problem';

/** The stream id a problem of the whole log carries: it belongs to no stream. */
export const WHOLE_LOG = '(whole log)';

/**
 * The cheap check of the whole log for a verification that reads only some streams: on a store with gap-free
 * positions that can count its events, positions 1..head must all be held. Deleting any event (a whole stream, its
 * recorded head with it, included) leaves fewer; where they are is for the walk (`era verify`) to find. Only events
 * cut from the very end of the log, which take the head down with them, escape it.
 * Undefined when the log holds together or the store cannot tell.
 */
export async function checkLogContinuity(store: EventStore): Promise<IntegrityProblem | undefined> {
  if (!store.positionsAreContiguous || !store.eventCount) return undefined;
  const headPosition = await store.headPosition();
  // Counted up to that head in one snapshot, so that an append landing meanwhile does not count.
  const held = await store.eventCount(headPosition);
  if (held === headPosition) return undefined;
  const missing = headPosition - held;
  return {
    kind: 'log-has-gaps',
    streamId: WHOLE_LOG,
    streamRevision: -1,
    message:
      missing > 0
        ? `${missing} event(s) missing somewhere in the global log (deleted); run \`era verify\` to locate them`
        : `the global log holds ${-missing} more event(s) than positions (a position used twice); run \`era verify\` to locate them`,
  };
}
