import { byCodeUnits } from './seal-categories';
import { SpilledStreamsFilter } from './spilled-streams-filter';
import { SpilledStream, StreamState, StreamStateSpill } from './stream-state-spill.port';

/**
 * Streams whose state verification holds in memory by default where it can spill the rest. Some 350 bytes each live,
 * but V8 lets garbage grow with the live heap: 100,000 held took the walk to 270 MiB RSS, 10,000 to 165 MiB.
 */
export const DEFAULT_STREAMS_IN_MEMORY = 20_000;

interface Held {
  state: StreamState;
  /** Changed since it was last spilled (or never spilled): must be written when it leaves memory. */
  dirty: boolean;
}

/**
 * The state of every stream the walk has passed: the most recently changed `limit` of them in memory, the others in
 * the spill. Without a spill, all of them in memory. Reads from the spill come in batches (`prefetch` before a run of
 * events), and so do writes (`trim` after it), so that the walk pays for the spill once per run, not per event.
 */
export class StreamStates {
  private readonly held = new Map<string, Held>();
  private streams = 0;
  /** Which streams may be in the spill: the others are not asked about. */
  private readonly spilledIds: SpilledStreamsFilter;

  constructor(
    private readonly spill: StreamStateSpill | undefined,
    private readonly limit: number,
    /** The category under which a stream's state must be listable when spilled (undefined: never listed). */
    private readonly listedCategoryOf: (streamId: string) => string | undefined = () => undefined,
  ) {
    if (spill && !(limit >= 1)) throw new Error(`streams held in memory must be at least 1 (given ${limit})`);
    this.spilledIds = spill ? new SpilledStreamsFilter() : new SpilledStreamsFilter(5);
  }

  /** How many distinct streams have been set. */
  get count(): number {
    return this.streams;
  }

  /** Brings the spilled states of these streams into memory, in one read. */
  prefetch(streamIds: Iterable<string>): void {
    if (!this.spill) return;
    const wanted = new Set<string>();
    for (const streamId of streamIds) if (!this.held.has(streamId) && this.spilledIds.mayHave(streamId)) wanted.add(streamId);
    if (wanted.size === 0) return;
    for (const [streamId, state] of this.spill.load([...wanted])) this.held.set(streamId, { state, dirty: false });
  }

  /** The stream's state, undefined when the walk has not passed it yet. */
  get(streamId: string): StreamState | undefined {
    const held = this.held.get(streamId);
    if (held || !this.spill || !this.spilledIds.mayHave(streamId)) return held?.state;
    this.prefetch([streamId]);
    return this.held.get(streamId)?.state;
  }

  /** Records the stream's new state; `get` must have been asked for it first (which brings a spilled one back). */
  set(streamId: string, state: StreamState): void {
    if (this.spill) {
      // Deleted and set again, so that the Map's order is the order of last change: the oldest leave memory first.
      if (!this.held.delete(streamId)) this.streams += 1;
    } else if (!this.held.has(streamId)) this.streams += 1;
    this.held.set(streamId, { state, dirty: true });
  }

  /** Sends the least recently changed states to the spill until at most `limit` are held; writes the changed ones in one batch. */
  trim(): void {
    if (!this.spill || this.held.size <= this.limit) return;
    const leaving: SpilledStream[] = [];
    let excess = this.held.size - this.limit;
    for (const [streamId, held] of this.held) {
      if (excess-- <= 0) break;
      this.held.delete(streamId);
      if (!held.dirty) continue;
      leaving.push(this.spilled(streamId, held.state));
      this.spilledIds.add(streamId);
    }
    if (leaving.length > 0) this.spill.save(leaving);
  }

  /** Every stream of the category (listable ones only), sorted by stream id in UTF-16 code units, as they stand now. */
  *streamsOfCategory(category: string): Iterable<{ streamId: string; state: StreamState }> {
    const inMemory = [...this.held]
      .filter(([streamId]) => this.listedCategoryOf(streamId) === category)
      .map(([streamId, held]) => ({ streamId, state: held.state }))
      .sort((a, b) => byCodeUnits(a.streamId, b.streamId));
    if (!this.spill) {
      yield* inMemory;
      return;
    }
    // Merged with the spilled ones; a stream held in memory is newer than its spilled copy.
    let next = 0;
    for (const spilled of this.spill.streamsOfCategory(category)) {
      while (next < inMemory.length && byCodeUnits(inMemory[next].streamId, spilled.streamId) < 0) yield inMemory[next++];
      if (this.held.has(spilled.streamId)) continue;
      yield spilled;
    }
    while (next < inMemory.length) yield inMemory[next++];
  }

  close(): void {
    this.held.clear();
    this.spill?.close();
  }

  private spilled(streamId: string, state: StreamState): SpilledStream {
    const category = this.listedCategoryOf(streamId);
    return category === undefined ? { streamId, state } : { streamId, state, category };
  }
}
