import { EventStore } from '@era/event-store';
import { ReplayLimit } from './replay';

/**
 * The position at which `replayProjection` with this limit would stop (its last event, 0 for none), found without
 * reading the log: `min(untilPosition, head)` where positions are gap-free, and for an instant a binary search on
 * recordedAt where it never decreases along the log. Undefined where the store cannot tell so cheaply (EventStoreDB):
 * then only a replay knows. A filter or a list of streams is not looked at: the answer is for the whole log.
 */
export async function replayEndPosition(events: EventStore, limit: Pick<ReplayLimit, 'untilPosition' | 'untilRecordedAt'>): Promise<number | undefined> {
  if (!events.positionsAreContiguous) return undefined;
  let last = await events.headPosition();
  if (limit.untilPosition !== undefined) last = Math.max(0, Math.min(last, Math.floor(limit.untilPosition)));
  if (limit.untilRecordedAt === undefined) return last;
  const until = Date.parse(limit.untilRecordedAt);
  if (Number.isNaN(until)) throw new Error(`invalid instant ${limit.untilRecordedAt}`);
  if (events.recordedAtIsMonotonic !== true) return undefined;
  // The last position recorded at or before `until` (position 0 stands for "before the first event").
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((await recordedAtMs(events, middle)) <= until) low = middle;
    else high = middle - 1;
  }
  return low;
}

async function recordedAtMs(events: EventStore, position: number): Promise<number> {
  for await (const event of events.readAll({ after: position - 1, maxCount: 1 })) return Date.parse(event.metadata.recordedAt);
  throw new Error(`no event at position ${position}`);
}
