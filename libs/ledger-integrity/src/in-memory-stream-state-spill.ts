import { byCodeUnits } from './seal-categories';
import { SpilledStream, StreamState, StreamStateSpill } from './stream-state-spill.port';

/** The spill in a Map: for tests, which check that what is spilled and read back gives the same findings. */
export class InMemoryStreamStateSpill implements StreamStateSpill {
  private readonly streams = new Map<string, SpilledStream>();

  load(streamIds: readonly string[]): Map<string, StreamState> {
    const found = new Map<string, StreamState>();
    for (const streamId of streamIds) {
      const spilled = this.streams.get(streamId);
      if (spilled) found.set(streamId, { ...spilled.state });
    }
    return found;
  }

  save(streams: readonly SpilledStream[]): void {
    for (const stream of streams) this.streams.set(stream.streamId, { ...stream, state: { ...stream.state } });
  }

  *streamsOfCategory(category: string): Iterable<{ streamId: string; state: StreamState }> {
    const listed = [...this.streams.values()].filter((stream) => stream.category === category);
    yield* listed.sort((a, b) => byCodeUnits(a.streamId, b.streamId)).map(({ streamId, state }) => ({ streamId, state: { ...state } }));
  }

  get size(): number {
    return this.streams.size;
  }

  close(): void {
    this.streams.clear();
  }
}
