import { AppendExpectedRevision, CurrentRevision as EsdbCurrentRevision, NO_STREAM } from '@eventstore/db-client';
import { CurrentRevision, ExpectedRevision, NO_STREAM_REVISION } from '@era/event-store';

/**
 * The exact condition sent to EventStoreDB for an append. We never send `any` or `stream_exists`: the hash
 * chain was computed against the head we read, so the write must land right after that head or not at all.
 */
export function esdbExpectedRevision(current: CurrentRevision): AppendExpectedRevision {
  return current === NO_STREAM_REVISION ? NO_STREAM : BigInt(current);
}

/** EventStoreDB's view of a stream's revision (from a WrongExpectedVersion) in our terms. */
export function currentRevisionFromEsdb(actual: EsdbCurrentRevision): CurrentRevision {
  return actual === NO_STREAM ? NO_STREAM_REVISION : Number(actual);
}

/**
 * Whether losing the race to another writer is worth another try. For `any` and `stream_exists` the caller's
 * condition may still hold at the new head, we only need to rebuild the chain on it; for `no_stream` and an
 * exact revision the other writer has made the caller's condition false for good.
 */
export function retriesOnConflict(expected: ExpectedRevision): boolean {
  return expected === 'any' || expected === 'stream_exists';
}
