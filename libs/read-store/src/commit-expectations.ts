import { CheckpointMovedError } from './errors';
import { CommitRequest } from './read-store.port';

export interface CheckpointState {
  generation: string;
  position: number;
}

/** The slots a commit's compare-and-set looks at. */
export function expectedSlots(request: CommitRequest): string[] {
  return [...new Set([...Object.keys(request.expectGenerations ?? {}), ...Object.keys(request.expectPositions ?? {})])];
}

/**
 * The compare-and-set every adapter applies before writing anything: each named slot must be at the expected
 * generation (or absent, for null) and, where given, at the expected position. Throws CheckpointMovedError.
 */
export function assertCommitExpectations(request: CommitRequest, current: ReadonlyMap<string, CheckpointState>): void {
  for (const [slot, generation] of Object.entries(request.expectGenerations ?? {})) {
    const actual = current.get(slot)?.generation ?? null;
    if (actual !== generation) throw new CheckpointMovedError(slot, generation, actual);
  }
  for (const [slot, position] of Object.entries(request.expectPositions ?? {})) {
    const actual = current.get(slot)?.position;
    if (actual !== position) {
      throw new CheckpointMovedError(slot, `position ${position}`, actual === undefined ? null : `position ${actual}`);
    }
  }
}
