import { EventStore, hashEvent, RecordedEvent, StreamHead, yieldToEventLoop } from '@era/event-store';
import { checkEvent, checkHead, checkPosition, StreamTail } from './integrity-checks';
import { readLedgerSeals } from './ledger-seal';
import { RecordedAtOrder, RecordedMark, recordedMarkOf } from './recorded-at-order';
import { sealClockToleranceOf, SealChecks } from './seal-checks';
import { IntegrityProblem } from './integrity-problem';
import { VerificationReport } from './verification';

export interface VerifyStreamsOptions {
  maxProblems?: number;
  onProgress?: (eventsChecked: number) => void;
  progressEvery?: number;
  /** Called with every event checked, as stored (e.g. to count those recorded by some instant). */
  onEvent?: (event: RecordedEvent) => void;
}

/**
 * `verifyEventStore` for exactly the given streams, at the cost of reading only them: each stream by `readStream`
 * (every event's hash, its link to the previous one, revisions 0, 1, 2, … and positions rising with them), its head
 * as the store records it (`streamHead`, else `streamHeads`, where the adapter keeps one: a deleted last event), and
 * every ledger seal recorded up to the head position against those streams. Recording times too: never decreasing
 * within a stream (across the given streams where the store's clock is monotonic), never before a seal that precedes
 * the event in the log. Same problem kinds and messages. Gaps in the global log are not looked for: that takes the
 * whole log (`verifyEventStore`, or cheaply `checkLogContinuity`). Nor are a seal's digest-only categories (too many
 * streams to list in it): checking one takes all its streams, so the seal's result only names those of the given
 * streams' categories (`sealedByDigestOnly`), and does not fail for them. Give it the raw store.
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
  const seals = new SealChecks(report, (streamId) => inScope.has(streamId), { clockToleranceMs: sealClockToleranceOf(store) });
  for await (const seal of readLedgerSeals(store)) {
    if (seal.position <= headPosition) seals.addSeal(seal);
  }
  const acrossStreams = store.recordedAtIsMonotonic === true;
  const recordedAtOrder = new RecordedAtOrder(report, acrossStreams);
  // Across streams, the order is judged once every stream has been read, by position.
  const marks: RecordedMark[] = [];

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
      const mark = recordedMarkOf(event);
      if (!acrossStreams) recordedAtOrder.passed(mark);
      else if (mark) marks.push(mark);
      options.onEvent?.(event);
      tail = { revision: event.streamRevision, hash: event.hash };
      eventsChecked += 1;
      if (onProgress && eventsChecked % progressEvery === 0) onProgress(eventsChecked);
      if (eventsChecked % 2000 === 0) await yieldToEventLoop();
    }
    if (tail) tails.set(streamId, tail);
    const head = await recordedHeadOf?.(streamId);
    if (head) checkHead(head, tail, report);
  }

  marks.sort((a, b) => a.globalPosition - b.globalPosition);
  for (const mark of marks) recordedAtOrder.passed(mark);
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
