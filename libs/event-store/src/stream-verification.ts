import { EventStore, StreamHead } from './event-store.port';
import { yieldToEventLoop } from './event-loop';
import { hashEvent } from './hashing';
import { checkEvent, checkHead, checkPosition, StreamTail } from './integrity-checks';
import { readLedgerSeals } from './ledger-seal';
import { SealChecks } from './seal-checks';
import { IntegrityProblem, VerificationReport } from './verification';

export interface VerifyStreamsOptions {
  maxProblems?: number;
  onProgress?: (eventsChecked: number) => void;
  progressEvery?: number;
}

/**
 * `verifyEventStore` for exactly the given streams, at the cost of reading only them: each stream by `readStream`
 * (every event's hash, its link to the previous one, revisions 0, 1, 2, … and positions rising with them), its head
 * as the store records it (`streamHead`, else `streamHeads`, where the adapter keeps one: a deleted last event), and
 * every ledger seal recorded up to the head position against those streams. Same problem kinds and messages.
 * Gaps in the global log are not looked for: that takes the whole log (`verifyEventStore`). Give it the raw store.
 */
export async function verifyStreams(store: EventStore, streamIds: readonly string[], options: VerifyStreamsOptions = {}): Promise<VerificationReport> {
  const { maxProblems = 100, onProgress, progressEvery = 10_000 } = options;
  const headPosition = await store.headPosition();
  const streams = [...new Set(streamIds)];
  const inScope = new Set(streams);
  const problems: IntegrityProblem[] = [];
  const report = (problem: IntegrityProblem) => {
    if (problems.length < maxProblems) problems.push(problem);
  };
  const seals = new SealChecks(report, (streamId) => inScope.has(streamId));
  for await (const seal of readLedgerSeals(store)) {
    if (seal.position <= headPosition) seals.addSeal(seal);
  }

  const recordedHeadOf = await recordedHeads(store, inScope);
  const tails = new Map<string, StreamTail>();
  let eventsChecked = 0;
  for (const streamId of streams) {
    let tail: StreamTail | undefined;
    let lastPosition = 0;
    for await (const event of store.readStream(streamId)) {
      checkPosition(event, lastPosition, false, report);
      lastPosition = Math.max(lastPosition, event.globalPosition);
      const contentHash = hashEvent(event);
      checkEvent(event, contentHash, tail, report);
      seals.passed(event, contentHash);
      tail = { revision: event.streamRevision, hash: event.hash };
      eventsChecked += 1;
      if (onProgress && eventsChecked % progressEvery === 0) onProgress(eventsChecked);
      if (eventsChecked % 2000 === 0) await yieldToEventLoop();
    }
    if (tail) tails.set(streamId, tail);
    const head = await recordedHeadOf?.(streamId);
    if (head) checkHead(head, tail, report);
  }

  const sealsSummary = seals.finish((streamId) => tails.get(streamId)?.revision);
  onProgress?.(eventsChecked);
  return {
    ok: problems.length === 0,
    eventsChecked,
    streamsChecked: tails.size,
    headPosition,
    firstProblem: problems[0],
    problems,
    seals: sealsSummary,
  };
}

/** How to look up a stream's recorded head: one by one where the adapter can, else from one pass over all heads. */
async function recordedHeads(store: EventStore, streams: ReadonlySet<string>): Promise<((streamId: string) => Promise<StreamHead | undefined>) | undefined> {
  const streamHead = store.streamHead?.bind(store);
  if (streamHead) return streamHead;
  if (!store.streamHeads) return undefined;
  const heads = new Map<string, StreamHead>();
  let seen = 0;
  for await (const head of store.streamHeads()) {
    if (streams.has(head.streamId)) heads.set(head.streamId, head);
    if (++seen % 2000 === 0) await yieldToEventLoop();
  }
  return async (streamId) => heads.get(streamId);
}
