/** What verification keeps of one stream as the walk passes it: what the stream's next event is judged against. */
export interface StreamState {
  /** Revision of the last event seen. */
  revision: number;
  /** Its stored hash, which the next event must chain to. */
  hash: string;
  /** The hash its content gives, where that is not its stored hash (it was altered): such an event cannot be a sealed head. */
  alteredContentHash?: string;
  /** The latest recording instant of the stream that held (kept only where recording order is judged within streams). */
  recorded?: { atMs: number; revision: number; position: number };
}

/** A stream's state as spilled; `category` is given when the stream must be listed by its category later. */
export interface SpilledStream {
  streamId: string;
  state: StreamState;
  category?: string;
}

/**
 * Where verification puts the states of streams it no longer holds in memory, so that its memory stays flat however
 * many streams the log holds. Synchronous, and batched: the walk asks once per run of events, never per event.
 */
export interface StreamStateSpill {
  /** The spilled states of those of the streams that have one. */
  load(streamIds: readonly string[]): Map<string, StreamState>;
  /** Writes the states, replacing any spilled before, as one batch. */
  save(streams: readonly SpilledStream[]): void;
  /** Every stream spilled with this category, sorted by stream id in UTF-16 code units (as RFC 8785 orders keys). */
  streamsOfCategory(category: string): Iterable<{ streamId: string; state: StreamState }>;
  /** Forgets everything and frees what it holds (a temporary file, say). */
  close(): void;
}
