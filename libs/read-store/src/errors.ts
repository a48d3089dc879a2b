/** A find used a field that the collection did not declare as indexed, or an invalid cursor. */
export class InvalidQueryError extends Error {
  override readonly name = 'InvalidQueryError';
}

/** A commit's compare-and-set on a checkpoint's generation failed: someone swapped generations meanwhile. */
export class CheckpointMovedError extends Error {
  override readonly name = 'CheckpointMovedError';
  constructor(
    readonly slot: string,
    readonly expected: string | null,
    readonly actual: string | null,
  ) {
    super(`checkpoint ${slot} moved: expected ${expected ?? '(none)'}, found ${actual ?? '(none)'}`);
  }
}
