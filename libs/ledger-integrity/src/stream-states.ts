import { HeldStreamStates } from './held-stream-states';
import { byCodeUnits } from './seal-categories';
import { SpilledStreamsFilter } from './spilled-streams-filter';
import { SpilledStream, StreamState, StreamStateSpill } from './stream-state-spill.port';

/**
 * Memory for the states verification holds where it can spill the rest: some 100,000 streams. Outside the JavaScript
 * heap (HeldStreamStates), so that RSS grows by about this much, not by a multiple of it.
 */
export const DEFAULT_STATE_BYTES_IN_MEMORY = 16 * 1024 * 1024;

/** States written to the spill per call, in key order: bounds the objects made for one batch. */
const SPILL_CHUNK = 4096;

export interface StreamStatesLimits {
  /** Most memory (estimated) for the states held. */
  bytes: number;
  /** Most streams held (tests use a few to make the walk spill). */
  streams?: number;
}

/**
 * The state of every stream the walk has passed: the most recently changed in memory, up to the limits, the others
 * in the spill. Without a spill, all of them in memory. Reads from the spill come in batches (`prefetch` before a run
 * of events); writes too, and large ones: past a limit, the least recently changed quarter leaves memory at once, in
 * stream-id order, so that the spill's B-tree takes them page by page rather than each at a random place.
 */
export class StreamStates {
  private readonly held = new HeldStreamStates();
  private streams = 0;
  /** Which streams may be in the spill: the others are not asked about. */
  private readonly spilledIds: SpilledStreamsFilter;

  constructor(
    private readonly spill: StreamStateSpill | undefined,
    private readonly limits: StreamStatesLimits,
    /** The category under which a stream's state must be listable when spilled (undefined: never listed). */
    private readonly listedCategoryOf: (streamId: string) => string | undefined = () => undefined,
  ) {
    if (spill && !((limits.streams ?? 1) >= 1)) throw new Error(`streams held in memory must be at least 1 (given ${limits.streams})`);
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
    for (const [streamId, state] of this.spill.load([...wanted])) this.held.set(streamId, state, false);
  }

  /** The states these streams have now (none for a stream not passed yet), in one read of the spill, leaving memory as it is. */
  peek(streamIds: readonly string[]): Map<string, StreamState> {
    const found = new Map<string, StreamState>();
    const wanted: string[] = [];
    for (const streamId of streamIds) {
      const held = this.held.get(streamId);
      if (held) found.set(streamId, held);
      else if (this.spill && this.spilledIds.mayHave(streamId)) wanted.push(streamId);
    }
    if (this.spill && wanted.length > 0) for (const [streamId, state] of this.spill.load(wanted)) found.set(streamId, state);
    return found;
  }

  /** The stream's state, undefined when the walk has not passed it yet. */
  get(streamId: string): StreamState | undefined {
    const held = this.held.get(streamId);
    if (held || !this.spill || !this.spilledIds.mayHave(streamId)) return held;
    this.prefetch([streamId]);
    return this.held.get(streamId);
  }

  /** Records the stream's new state; `get` must have been asked for it first (which brings a spilled one back). */
  set(streamId: string, state: StreamState): void {
    // One lookup of the id per event: set tells whether the stream is new to memory.
    if (this.held.set(streamId, state, true)) this.streams += 1;
  }

  /**
   * Past a limit, sends the least recently changed states to the spill until three quarters of each limit are left
   * (the changed ones written, in stream-id order; the others were spilled as they are).
   */
  trim(): void {
    if (!this.spill || !this.overLimit(this.held.bytes, this.held.size, 1)) return;
    // The oldest first, until what stays is within three quarters of each limit.
    const leaving: string[] = [];
    let bytes = this.held.bytes;
    let size = this.held.size;
    for (const streamId of this.held.ids()) {
      if (!this.overLimit(bytes, size, 0.75)) break;
      leaving.push(streamId);
      bytes -= this.held.bytesOf(streamId);
      size -= 1;
    }
    const changed = leaving.filter((streamId) => this.held.isDirty(streamId)).sort(byCodeUnits);
    for (let start = 0; start < changed.length; start += SPILL_CHUNK) {
      const chunk = changed.slice(start, start + SPILL_CHUNK);
      this.spill.save(chunk.map((streamId) => this.spilled(streamId, this.held.get(streamId) as StreamState)));
      for (const streamId of chunk) this.spilledIds.add(streamId);
    }
    for (const streamId of leaving) this.held.remove(streamId);
  }

  /** Every stream of the category (listable ones only), sorted by stream id in UTF-16 code units, as they stand now. */
  *streamsOfCategory(category: string): Iterable<{ streamId: string; state: StreamState }> {
    // The ids only, not their states, so that many held streams of one category take little more memory.
    const inMemory = [...this.held.ids()].filter((streamId) => this.listedCategoryOf(streamId) === category).sort(byCodeUnits);
    const held = (streamId: string) => ({ streamId, state: this.held.get(streamId) as StreamState });
    if (!this.spill) {
      for (const streamId of inMemory) yield held(streamId);
      return;
    }
    // Merged with the spilled ones; a stream held in memory is newer than its spilled copy.
    let next = 0;
    for (const spilled of this.spill.streamsOfCategory(category)) {
      while (next < inMemory.length && byCodeUnits(inMemory[next], spilled.streamId) < 0) yield held(inMemory[next++]);
      if (this.held.has(spilled.streamId)) continue;
      yield spilled;
    }
    while (next < inMemory.length) yield held(inMemory[next++]);
  }

  close(): void {
    this.held.clear();
    this.spill?.close();
  }

  private overLimit(bytes: number, size: number, share: number): boolean {
    const { streams } = this.limits;
    return bytes > this.limits.bytes * share || (streams !== undefined && size > Math.floor(streams * share));
  }

  private spilled(streamId: string, state: StreamState): SpilledStream {
    const category = this.listedCategoryOf(streamId);
    return category === undefined ? { streamId, state } : { streamId, state, category };
  }
}
