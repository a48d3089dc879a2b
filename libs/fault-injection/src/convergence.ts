import canonicalize from 'canonicalize';
import { EventStore } from '@era/event-store';
import { liveView, ProjectionDefinition, ProjectionView, rebuildSlot, replayProjection } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';

export interface Divergence {
  projection: string;
  /** What differs, in a line: a checkpoint behind the head, a rebuild left over, or the first differing document. */
  detail: string;
}

/**
 * Every document of a view, collection by collection in name order, documents in id order, each as canonical JSON
 * (keys sorted) on its own line: two read models are the same exactly when their dumps are the same string.
 */
export async function dumpView(view: ProjectionView, definition: ProjectionDefinition): Promise<string> {
  const lines: string[] = [];
  for (const collection of [...definition.collections].sort((a, b) => a.name.localeCompare(b.name))) {
    lines.push(`# ${collection.name}`);
    for await (const document of view.findAll(collection.name)) lines.push(canonicalize(document) ?? '');
  }
  return lines.join('\n');
}

/**
 * Compares every projection's live read model with a clean rebuild of the same log into `openScratch()` (a fresh,
 * empty read store), byte for byte, and its checkpoint with the log's head: nothing lost, nothing applied twice.
 */
export async function divergencesFromCleanRebuild(
  events: EventStore,
  reads: ReadStore,
  definitions: readonly ProjectionDefinition[],
  openScratch: () => ReadStore,
): Promise<Divergence[]> {
  const head = await events.headPosition();
  const divergences: Divergence[] = [];
  for (const definition of definitions) {
    const projection = definition.name;
    const checkpoint = await reads.readCheckpoint(projection);
    if (checkpoint?.position !== head) divergences.push({ projection, detail: `checkpoint at ${checkpoint?.position ?? 'none'}, log head at ${head}` });
    if (await reads.readCheckpoint(rebuildSlot(projection))) divergences.push({ projection, detail: 'a rebuild slot is left over' });
    const live = await dumpView(await liveView(reads, projection), definition).catch((error: unknown) => error as Error);
    if (live instanceof Error) {
      divergences.push({ projection, detail: `the live read model cannot be read: ${live.message}` });
      continue;
    }
    const scratch = openScratch();
    try {
      const clean = await dumpView((await replayProjection(events, scratch, definition, {})).view, definition);
      if (live !== clean) divergences.push({ projection, detail: firstDifference(live, clean) });
    } finally {
      await scratch.close();
    }
  }
  return divergences;
}

function firstDifference(live: string, clean: string): string {
  const liveLines = live.split('\n');
  const cleanLines = clean.split('\n');
  for (let line = 0; line < Math.max(liveLines.length, cleanLines.length); line++) {
    if (liveLines[line] !== cleanLines[line]) {
      return `read model differs from a clean rebuild at line ${line + 1}: live ${liveLines[line] ?? '(end)'} / rebuilt ${cleanLines[line] ?? '(end)'}`;
    }
  }
  return 'read model differs from a clean rebuild';
}
