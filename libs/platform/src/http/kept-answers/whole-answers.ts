/**
 * Whole answers by key, least recently used dropped first, bounded by count and by total bytes. The key (or the
 * answer itself) must hold the positions of the read models the answer was built from, so that a write (which moves a
 * position) is never answered from here. An answer larger than the byte bound is not kept.
 */
export class WholeAnswers<A extends { body: Buffer } = { body: Buffer }> {
  private readonly answers = new Map<string, A>();
  private heldBytes = 0;

  constructor(
    private readonly maxAnswers: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.answers.size;
  }

  get bytes(): number {
    return this.heldBytes;
  }

  held(key: string): A | undefined {
    const answer = this.answers.get(key);
    if (answer === undefined) return undefined;
    this.answers.delete(key);
    this.answers.set(key, answer);
    return answer;
  }

  keep(key: string, answer: A): void {
    this.forget(key);
    if (answer.body.length > this.maxBytes || this.maxAnswers < 1) return;
    this.answers.set(key, answer);
    this.heldBytes += answer.body.length;
    while (this.answers.size > this.maxAnswers || this.heldBytes > this.maxBytes) this.forget(this.answers.keys().next().value as string);
  }

  private forget(key: string): void {
    const answer = this.answers.get(key);
    if (answer === undefined) return;
    this.answers.delete(key);
    this.heldBytes -= answer.body.length;
  }
}
