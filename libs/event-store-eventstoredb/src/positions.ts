import { Position, ReadPosition, START } from '@eventstore/db-client';

/**
 * Our global position is EventStoreDB's commit position, as a JS number.
 *
 * Why the commit position alone is enough: since EventStoreDB 20 (and in KurrentDB) every append, whatever its
 * size, is written as "self-committed" prepare records, one per event, with no separate commit record. The
 * server reports such an event at TFPos(commit = its own log position, prepare = its own log position), on
 * $all reads, on stream reads (22.6+) and on live subscriptions alike. So the events of one batch do NOT share a
 * commit position: each has its own, strictly increasing in log order, and commit === prepare. That makes the
 * commit position a total order we can compare as a number, and a valid place to restart a read.
 *
 * Only the explicit transactions of the legacy TCP API (before 20) gave a batch one shared commit position.
 * This adapter never writes those; an old database migrated with them would show equal positions, which the
 * verifier reports as `position-out-of-order` rather than silently mis-ordering.
 */
export function globalPositionOf(event: { id: string; streamId: string; position?: Position }): number {
  const commit = event.position?.commit;
  // Servers before 22.6 send no position on stream reads (or 2^64-1 as "unknown"): refuse rather than guess.
  if (commit === undefined || commit <= 0n || commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(
      `EventStoreDB gave no usable log position for event ${event.id} of stream ${event.streamId}: ` +
        'this adapter needs EventStoreDB 22.6 or later (or KurrentDB)',
    );
  }
  return Number(commit);
}

/**
 * Where a read or subscription has to start to see everything strictly after `after`.
 *
 * `after` is 0 or a position this store handed out, i.e. the log position of an event, where commit and
 * prepare are equal; so {commit: after, prepare: after} points exactly at that event. Reads from it are
 * inclusive (and subscriptions may or may not be, depending on server version), so callers also drop events
 * at or before `after` themselves: see `isAfter`.
 */
export function readPositionAfter(after: number): ReadPosition {
  if (!Number.isSafeInteger(after) || after < 0) throw new RangeError(`not a global position: ${after}`);
  if (after === 0) return START;
  const at = BigInt(after);
  return { commit: at, prepare: at };
}

/** Exclusive `after` semantics, enforced on our side whatever the server does at the boundary. */
export function isAfter(position: number, after: number): boolean {
  return position > after;
}
