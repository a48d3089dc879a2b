import { RecordedEvent } from './envelope';
import { EventStore } from './event-store.port';
import { yieldToEventLoop } from './event-loop';
import { GENESIS_HASH, hashEvent } from './hashing';

export type IntegrityProblemKind =
  | 'hash-mismatch'
  | 'chain-broken'
  | 'revision-out-of-sequence'
  | 'position-gap'
  | 'position-out-of-order'
  | 'stream-head-missing-events'
  | 'stream-head-mismatch';

export interface IntegrityProblem {
  kind: IntegrityProblemKind;
  streamId: string;
  /** The revision at which the stream stops holding together. */
  streamRevision: number;
  globalPosition?: number;
  message: string;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  headPosition: number;
  /** The first problem that names its stream and revision (else the first gap): what an auditor looks at first. */
  firstProblem?: IntegrityProblem;
  /** Every problem found, up to `maxProblems`. */
  problems: IntegrityProblem[];
}

export interface VerifyOptions {
  onProgress?: (eventsChecked: number, headPosition: number) => void;
  progressEvery?: number;
  maxProblems?: number;
  /** Only verify streams whose id starts with one of these prefixes (all when omitted). */
  streamPrefixes?: readonly string[];
}

interface StreamTail {
  revision: number;
  hash: string;
}

/**
 * Walks the whole log once and checks, stream by stream, that every event's hash matches its content, that it
 * chains to its predecessor and that revisions run 0, 1, 2, … without a hole. Editing, deleting or reordering a
 * stored event breaks at least one of these. Must be given the raw store, not an upcasting one.
 */
export async function verifyEventStore(store: EventStore, options: VerifyOptions = {}): Promise<VerificationReport> {
  const { onProgress, progressEvery = 10_000, maxProblems = 100 } = options;
  const headPosition = await store.headPosition();
  const tails = new Map<string, StreamTail>();
  const problems: IntegrityProblem[] = [];
  const report = (problem: IntegrityProblem) => {
    if (problems.length < maxProblems) problems.push(problem);
  };
  let eventsChecked = 0;
  let lastPosition = 0;

  const filter = options.streamPrefixes ? { streamPrefixes: options.streamPrefixes } : undefined;
  for await (const event of store.readAll({ filter })) {
    checkPosition(event, lastPosition, store.positionsAreContiguous && !filter, report);
    lastPosition = event.globalPosition;
    checkEvent(event, tails.get(event.streamId), report);
    tails.set(event.streamId, { revision: event.streamRevision, hash: event.hash });
    eventsChecked += 1;
    if (onProgress && eventsChecked % progressEvery === 0) onProgress(eventsChecked, headPosition);
    if (eventsChecked % 2000 === 0) await yieldToEventLoop();
  }

  if (store.streamHeads) {
    let headsChecked = 0;
    for await (const head of store.streamHeads()) {
      if (++headsChecked % 2000 === 0) await yieldToEventLoop();
      if (filter && !options.streamPrefixes?.some((prefix) => head.streamId.startsWith(prefix))) continue;
      checkHead(head, tails.get(head.streamId), report);
    }
  }
  onProgress?.(eventsChecked, headPosition);
  return {
    ok: problems.length === 0,
    eventsChecked,
    streamsChecked: tails.size,
    headPosition,
    // A gap in the global log is noticed at whichever event follows it; a problem tied to its own stream says more.
    firstProblem: problems.find((problem) => problem.kind !== 'position-gap') ?? problems[0],
    problems,
  };
}

function checkPosition(
  event: RecordedEvent,
  lastPosition: number,
  contiguous: boolean,
  report: (problem: IntegrityProblem) => void,
): void {
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

function checkEvent(event: RecordedEvent, tail: StreamTail | undefined, report: (problem: IntegrityProblem) => void): void {
  const at = { streamId: event.streamId, streamRevision: event.streamRevision, globalPosition: event.globalPosition };
  const expectedRevision = tail ? tail.revision + 1 : 0;
  const expectedPrevious = tail ? tail.hash : GENESIS_HASH;
  if (hashEvent(event) !== event.hash) {
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

function checkHead(
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
