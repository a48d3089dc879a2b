import { EventLoopTurns, EventStore, hashEvent, RecordedEvent, StreamHead } from '@era/event-store';
import { IntegrityProblem } from './integrity-problem';
import { checkEvent, checkHead, checkPosition } from './integrity-checks';
import { readLedgerSeals } from './ledger-seal';
import { RecordedAtOrder, RecordedMark, recordedMarkOf } from './recorded-at-order';
import { categoryOf } from './seal-categories';
import { sealClockToleranceOf, SealChecks, SealsSummary } from './seal-checks';
import { StreamState, StreamStateSpill } from './stream-state-spill.port';
import { DEFAULT_STATE_BYTES_IN_MEMORY, StreamStates } from './stream-states';

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
  /**
   * Opens where the state of streams past `streamsInMemory` goes (closed when the walk ends), so that memory stays flat
   * however many streams the log holds. Without it every stream's state is held in memory (some 140 bytes each).
   */
  openSpill?: () => StreamStateSpill;
  /** With `openSpill`: the memory for the states held (default DEFAULT_STATE_BYTES_IN_MEMORY). Findings do not depend on it. */
  stateBytesInMemory?: number;
  /** With `openSpill`: at most this many streams' state held in memory (no limit but the bytes by default). Findings do not depend on it. */
  streamsInMemory?: number;
}

/** Events read ahead of the checks, so that the spill is read once for all their streams (fewer if fewer streams are held). */
const RUN_OF_EVENTS = 1000;

/**
 * Walks the whole log once and checks, stream by stream, that every event's hash matches its content, that it
 * chains to its predecessor and that revisions run 0, 1, 2, … without a hole. Editing, deleting or reordering a
 * stored event breaks at least one of these. Must be given the raw store, not an upcasting one.
 *
 * It also checks every ledger seal recorded up to the head position: that its digest matches its heads, and that
 * each sealed stream (within `streamPrefixes`) still holds, at its sealed revision, the event with the sealed
 * hash. That catches what the chains alone cannot: a stream rewritten with consistent hashes, or cut short. Where a
 * seal holds a category by its heads digest only, the heads of its streams as of the sealed position (kept as the
 * walk goes, with every stream's state) must give that digest and count.
 *
 * And time: recordedAt must never decrease along the log where the store's clock is monotonic (within each stream
 * elsewhere), and no event after a seal may claim to have been recorded before it. That catches an event inserted
 * with a consistent chain and head but back-dated, which would otherwise slip into reviews of the past.
 *
 * Memory: what it keeps per stream (last revision and hash, and what the seal and time checks need) is held for the
 * most recently changed streams that fit in `stateBytesInMemory` (and `streamsInMemory`), the others in the spill (`openSpill`); all else is bounded by the
 * seals (their listed heads) and `maxProblems`.
 */
export async function verifyEventStore(store: EventStore, options: VerifyOptions = {}): Promise<VerificationReport> {
  const { onProgress, progressEvery = 10_000, maxProblems = 100 } = options;
  const headPosition = await store.headPosition();
  const problems: IntegrityProblem[] = [];
  const report = (problem: IntegrityProblem) => {
    if (problems.length < maxProblems) problems.push(problem);
  };
  let eventsChecked = 0;
  let lastPosition = 0;
  let streamsChecked = 0;
  let sealsSummary: SealsSummary;

  const filter = options.streamPrefixes ? { streamPrefixes: options.streamPrefixes } : undefined;
  const inScope = (streamId: string) => !options.streamPrefixes || options.streamPrefixes.some((prefix) => streamId.startsWith(prefix));
  // Seals first (their heads are all behind them in the log), so that each sealed head is settled as the walk passes it.
  // Every stream of a category is `category` or `category-<uuid>`: all of them are in scope when a prefix starts the category.
  const wholeCategories = (category: string) => !options.streamPrefixes || options.streamPrefixes.some((prefix) => category.startsWith(prefix));
  // The seal checks read the heads of a checked category from the streams' states (which are set up once the seals are known).
  const headsOfCategory = (category: string): Iterable<StreamHead> => headsOf(states.streamsOfCategory(category));
  const seals: SealChecks = new SealChecks(report, inScope, { clockToleranceMs: sealClockToleranceOf(store), wholeCategories, headsOfCategory });
  for await (const seal of readLedgerSeals(store)) {
    if (seal.position <= headPosition) seals.addSeal(seal);
  }
  // Listable by category only where a seal's digest-only category is checked: no other stream's category is looked at.
  const listedCategoryOf = (streamId: string): string | undefined => {
    if (!seals.checksCategories) return undefined;
    const category = categoryOf(streamId);
    return seals.checksCategory(category) ? category : undefined;
  };
  const spill = options.openSpill?.();
  const streamsInMemory = (spill && options.streamsInMemory) ?? Infinity;
  const limits = { bytes: options.stateBytesInMemory ?? DEFAULT_STATE_BYTES_IN_MEMORY, ...(spill ? { streams: options.streamsInMemory } : {}) };
  const states: StreamStates = new StreamStates(spill, limits, listedCategoryOf);
  // Memory holds at most the limit plus one run's streams.
  const runLength = Math.max(1, Math.min(RUN_OF_EVENTS, streamsInMemory));
  try {
    const recordedAtOrder = new RecordedAtOrder(report, store.recordedAtIsMonotonic === true);
    const turns = new EventLoopTurns();

    for await (const run of runsOf(store.readAll({ filter }), runLength)) {
      states.prefetch(run.map((event) => event.streamId));
      for (const event of run) {
        checkPosition(event, lastPosition, store.positionsAreContiguous && !filter, report);
        lastPosition = event.globalPosition;
        const contentHash = hashEvent(event);
        const state = states.get(event.streamId);
        checkEvent(event, contentHash, state, report);
        seals.passed(event, contentHash);
        const recorded = recordedAtOrder.passedInStream(recordedMarkOf(event), markOf(event.streamId, state));
        states.set(event.streamId, stateAfter(event, contentHash, recorded));
        eventsChecked += 1;
        if (onProgress && eventsChecked % progressEvery === 0) onProgress(eventsChecked, headPosition);
        if (turns.due()) await turns.give();
      }
      states.trim();
    }

    if (store.streamHeads) {
      for await (const run of runsOf(store.streamHeads(), runLength)) {
        const inScopeHeads = run.filter((head) => inScope(head.streamId));
        // Read, not brought into memory: each head is looked at once.
        const found = states.peek(inScopeHeads.map((head) => head.streamId));
        for (const head of inScopeHeads) checkHead(head, found.get(head.streamId), report);
        if (turns.due()) await turns.give();
      }
    }
    sealsSummary = seals.finish((streamId) => states.get(streamId)?.revision);
    streamsChecked = states.count;
  } finally {
    states.close();
  }
  onProgress?.(eventsChecked, headPosition);
  return {
    ok: problems.length === 0,
    eventsChecked,
    streamsChecked,
    headPosition,
    // A gap in the global log is noticed at whichever event follows it; a problem tied to its own stream says more.
    firstProblem: problems.find((problem) => problem.kind !== 'position-gap') ?? problems[0],
    problems,
    seals: sealsSummary,
  };
}

/** The stream's state after `event`; `recorded` is its latest recording mark, where that is kept per stream. */
function stateAfter(event: RecordedEvent, contentHash: string, recorded: RecordedMark | undefined): StreamState {
  const state: StreamState = { revision: event.streamRevision, hash: event.hash };
  if (contentHash !== event.hash) state.alteredContentHash = contentHash;
  if (recorded) state.recorded = { atMs: recorded.recordedAtMs, revision: recorded.streamRevision, position: recorded.globalPosition };
  return state;
}

function markOf(streamId: string, state: StreamState | undefined): RecordedMark | undefined {
  const recorded = state?.recorded;
  return recorded && { streamId, streamRevision: recorded.revision, globalPosition: recorded.position, recordedAtMs: recorded.atMs };
}

/** The streams' heads as the seal checks compare them: an altered last event is not the event its hash names. */
function* headsOf(streams: Iterable<{ streamId: string; state: StreamState }>): Iterable<StreamHead> {
  for (const { streamId, state } of streams) {
    yield { streamId, revision: state.revision, hash: state.alteredContentHash === undefined ? state.hash : `altered:${state.alteredContentHash}` };
  }
}

/** The items in runs of up to `size`, read ahead. */
async function* runsOf<T>(items: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let run: T[] = [];
  for await (const item of items) {
    run.push(item);
    if (run.length >= size) {
      yield run;
      run = [];
    }
  }
  if (run.length > 0) yield run;
}
