import { EventFilter, EventLoopTurns, EventStore, matchesFilter, readStreamsMerged, RecordedEvent } from '@era/event-store';
import { ReadStore } from '@era/read-store';
import { BatchContext } from './batch-context';
import { createGenerationCollections, newGeneration } from './generations';
import { ProjectionDefinition } from './projection';
import { ProjectionView, viewOf } from './projection-view';
import { WrittenKeys } from './written-keys';

export interface ReplayLimit {
  /** Include events up to and including this global position. */
  untilPosition?: number;
  /**
   * Include events recorded at or before this instant (ISO-8601). Where the store's recordedAt never decreases
   * along the log (SQLite), reading stops at the first event recorded after it; elsewhere (EventStoreDB, whose
   * clocks are per node) the rest of the log is read and the later events left out.
   */
  untilRecordedAt?: string;
  /** Only these events (e.g. the streams a projection reads), so that a replay need not walk the whole log. */
  filter?: EventFilter;
  /**
   * Only the events of exactly these streams, read stream by stream and merged in global-position order: the cost
   * is theirs, not the log's (a filter still walks the whole log on some adapters). `filter` then narrows further.
   */
  streams?: readonly string[];
}

export interface ReplayResult {
  view: ProjectionView;
  eventsApplied: number;
  /** Position of the last event included. */
  position: number;
}

/**
 * Runs a projection over the log up to a point into throwaway storage (give it a fresh read store, e.g. SQLite in
 * memory) and returns a view to query: "what did this read model say, given what had been recorded by then".
 */
export async function replayProjection(
  events: EventStore,
  scratch: ReadStore,
  definition: ProjectionDefinition,
  limit: ReplayLimit,
  onProgress?: (position: number) => void,
): Promise<ReplayResult> {
  const generation = newGeneration(definition);
  await createGenerationCollections(scratch, definition, generation);
  const until = limit.untilRecordedAt ? Date.parse(limit.untilRecordedAt) : Infinity;
  if (Number.isNaN(until)) throw new Error(`invalid instant ${limit.untilRecordedAt}`);
  const lastPosition = limit.untilPosition ?? Infinity;
  const recordedInOrder = events.recordedAtIsMonotonic === true;
  const turns = new EventLoopTurns();
  // The scratch generation began empty and only this replay writes to it.
  const written = new WrittenKeys();
  let batch = new BatchContext(scratch, generation, written, events);
  let inBatch = 0;
  let sinceProgress = 0;
  let eventsApplied = 0;
  let position = 0;
  for await (const event of source(events, limit)) {
    if (event.globalPosition > lastPosition) break;
    if (until !== Infinity && Date.parse(event.metadata.recordedAt) > until) {
      if (recordedInOrder) break;
      continue;
    }
    const handler = definition.handlers[event.type];
    if (handler) {
      await handler(event, batch.forEvent(event));
      eventsApplied += 1;
    }
    position = event.globalPosition;
    // A batch ends with its time slice (or at 5000 events), so that its commit, too, holds the event loop only briefly.
    if (++inBatch >= 5000 || turns.due()) {
      await scratch.commit({ operations: await batch.operations() });
      batch = new BatchContext(scratch, generation, written, events);
      sinceProgress += inBatch;
      inBatch = 0;
      if (sinceProgress >= 5000) {
        onProgress?.(position);
        sinceProgress = 0;
      }
      await turns.give();
    }
  }
  await scratch.commit({ operations: await batch.operations() });
  return { view: viewOf(scratch, generation, position), eventsApplied, position };
}

async function* source(events: EventStore, limit: ReplayLimit): AsyncIterable<RecordedEvent> {
  if (!limit.streams) {
    yield* events.readAll({ filter: limit.filter });
    return;
  }
  for await (const event of readStreamsMerged(events, limit.streams)) {
    if (matchesFilter(event, limit.filter)) yield event;
  }
}
