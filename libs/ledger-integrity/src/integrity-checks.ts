/** The checks every verification makes, so that the whole-log walk and a per-stream check word problems alike. */
import { GENESIS_HASH, RecordedEvent } from '@era/event-store';
import { IntegrityProblem } from './integrity-problem';

/** The last event seen of a stream, which the next one must follow. */
export interface StreamTail {
  revision: number;
  hash: string;
}

export function checkPosition(event: RecordedEvent, lastPosition: number, contiguous: boolean, report: (problem: IntegrityProblem) => void): void {
  const at = { streamId: event.streamId, streamRevision: event.streamRevision, globalPosition: event.globalPosition };
  if (event.globalPosition <= lastPosition) {
    report({ kind: 'position-out-of-order', ...at, message: `global position ${event.globalPosition} follows ${lastPosition}` });
  } else if (contiguous && event.globalPosition !== lastPosition + 1) {
    const missing = event.globalPosition - lastPosition - 1;
    report({
      kind: 'position-gap',
      ...at,
      message: `${missing} event(s) missing from the global log before position ${event.globalPosition} (after ${lastPosition})`,
    });
  }
}

export function checkEvent(event: RecordedEvent, contentHash: string, tail: StreamTail | undefined, report: (problem: IntegrityProblem) => void): void {
  const at = { streamId: event.streamId, streamRevision: event.streamRevision, globalPosition: event.globalPosition };
  const expectedRevision = tail ? tail.revision + 1 : 0;
  const expectedPrevious = tail ? tail.hash : GENESIS_HASH;
  if (contentHash !== event.hash) {
    report({ kind: 'hash-mismatch', ...at, message: `stream ${event.streamId} revision ${event.streamRevision}: content does not match its hash (altered)` });
  }
  if (event.streamRevision !== expectedRevision) {
    report({
      kind: 'revision-out-of-sequence',
      ...at,
      message: `stream ${event.streamId}: expected revision ${expectedRevision} but found ${event.streamRevision} (missing or reordered events)`,
    });
  } else if (event.previousHash !== expectedPrevious) {
    report({
      kind: 'chain-broken',
      ...at,
      message: `stream ${event.streamId} revision ${event.streamRevision}: does not chain to revision ${expectedRevision - 1}`,
    });
  }
}

export function checkHead(
  head: { streamId: string; revision: number; hash: string },
  tail: StreamTail | undefined,
  report: (problem: IntegrityProblem) => void,
): void {
  const lastSeen = tail?.revision ?? -1;
  if (lastSeen < head.revision) {
    report({
      kind: 'stream-head-missing-events',
      streamId: head.streamId,
      streamRevision: lastSeen + 1,
      message: `stream ${head.streamId}: revisions ${lastSeen + 1}..${head.revision} are recorded as written but missing (deleted)`,
    });
  } else if (tail && (tail.revision !== head.revision || tail.hash !== head.hash)) {
    report({
      kind: 'stream-head-mismatch',
      streamId: head.streamId,
      streamRevision: tail.revision,
      message: `stream ${head.streamId}: its last event (revision ${tail.revision}) is not the one recorded as its head (revision ${head.revision})`,
    });
  }
}
