/** The cost of a write assumed before any commit has been timed. */
const FIRST_GUESS_MS_PER_WRITE = 0.2;

/**
 * How many writes a batch may gather before its commit would hold the event loop longer than wanted, as the last
 * commits timed them: on SQLite a commit is synchronous and its cost grows with its writes.
 */
export class CommitBudget {
  private msPerWrite = FIRST_GUESS_MS_PER_WRITE;

  constructor(private readonly commitMs: number) {}

  get maxWrites(): number {
    return Math.max(1, this.commitMs / this.msPerWrite);
  }

  /** Times a commit of `writes` writes (one that wrote nothing says nothing about their cost). */
  async timed<T>(writes: number, commit: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await commit();
    if (writes > 0) this.msPerWrite = 0.5 * this.msPerWrite + (0.5 * (performance.now() - started)) / writes;
    return result;
  }
}
