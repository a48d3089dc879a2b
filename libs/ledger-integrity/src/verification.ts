import { EventLoopTurns, EventStore, hashEvent } from '@era/event-store';
import { IntegrityProblem } from './integrity-problem';
import { checkEvent, checkHead, checkPosition, StreamTail } from './integrity-checks';
import { readLedgerSeals } from './ledger-seal';
import { RecordedAtOrder, recordedMarkOf } from './recorded-at-order';
import { sealClockToleranceOf, SealChecks, SealsSummary } from './seal-checks';

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  headPosition: number;
  /** The first problem that names its stream and revision (else the first gap): what an auditor looks at first. */
  firstProblem?: IntegrityProblem;
  /** Every problem found, up to `maxProblems`. */
  problems: IntegrityProblem[];
  /** The recorded ledger seals (up to the head position) and whether each still holds. */
  seals: SealsSummary;
}

export interface VerifyOptions {
  onProgress?: (eventsChecked: number, headPosition: number) => void;
  progressEvery?: number;
  maxProblems?: number;
  /**
   * Only verify streams whose id starts with one of these prefixes (all when omitted). A category a seal holds by
   * digest only is checked when all its streams are in scope (a prefix of the category itself), else listed as
   * not checked (`sealedByDigestOnly`).
   */
  streamPrefixes?: readonly string[];
}

/**
 * Walks the whole log once and checks, stream by stream, that every event's hash matches its content, that it
 * chains to its predecessor and that revisions run 0, 1, 2, … without a hole. Editing, deleting or reordering a
 * stored event breaks at least one of these. Must be given the raw store, not an upcasting one.
 *
 * It also checks every ledger seal recorded up to the head position: that its digest matches its heads, and that
 * each sealed stream (within `streamPrefixes`) still holds, at its sealed revision, the event with the sealed
 * hash. That catches what the chains alone cannot: a stream rewritten with consistent hashes, or cut short. Where a
 * seal holds a category by its heads digest only, the heads of its streams as of the sealed position (kept as the
 * walk goes: memory grows with the streams, not the events) must give that digest and count.
 *
 * And time: recordedAt must never decrease along the log where the store's clock is monotonic (within each stream
 * elsewhere), and no event after a seal may claim to have been recorded before it. That catches an event inserted
 * with a consistent chain and head but back-dated, which would otherwise slip into reviews of the past.
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
  const inScope = (streamId: string) => !options.streamPrefixes || options.streamPrefixes.some((prefix) => streamId.startsWith(prefix));
  // Seals first (their heads are all behind them in the log), so that each sealed head is settled as the walk passes it.
  // Every stream of a category is `category` or `category-<uuid>`: all of them are in scope when a prefix starts the category.
  const wholeCategories = (category: string) => !options.streamPrefixes || options.streamPrefixes.some((prefix) => category.startsWith(prefix));
  const seals = new SealChecks(report, inScope, { clockToleranceMs: sealClockToleranceOf(store), wholeCategories });
  for await (const seal of readLedgerSeals(store)) {
    if (seal.position <= headPosition) seals.addSeal(seal);
  }
  const recordedAtOrder = new RecordedAtOrder(report, store.recordedAtIsMonotonic === true);
  const turns = new EventLoopTurns();

  for await (const event of store.readAll({ filter })) {
    checkPosition(event, lastPosition, store.positionsAreContiguous && !filter, report);
    lastPosition = event.globalPosition;
    const contentHash = hashEvent(event);
    checkEvent(event, contentHash, tails.get(event.streamId), report);
    seals.passed(event, contentHash);
    recordedAtOrder.passed(recordedMarkOf(event));
    tails.set(event.streamId, { revision: event.streamRevision, hash: event.hash });
    eventsChecked += 1;
    if (onProgress && eventsChecked % progressEvery === 0) onProgress(eventsChecked, headPosition);
    if (turns.due()) await turns.give();
  }

  if (store.streamHeads) {
    for await (const head of store.streamHeads()) {
      if (turns.due()) await turns.give();
      if (!inScope(head.streamId)) continue;
      checkHead(head, tails.get(head.streamId), report);
    }
  }
  const sealsSummary = seals.finish((streamId) => tails.get(streamId)?.revision);
  onProgress?.(eventsChecked, headPosition);
  return {
    ok: problems.length === 0,
    eventsChecked,
    streamsChecked: tails.size,
    headPosition,
    // A gap in the global log is noticed at whichever event follows it; a problem tied to its own stream says more.
    firstProblem: problems.find((problem) => problem.kind !== 'position-gap') ?? problems[0],
    problems,
    seals: sealsSummary,
  };
}
