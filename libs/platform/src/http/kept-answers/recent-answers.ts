/**
 * The last few answers by key, least recently used dropped first. The public list is read far more often than it
 * changes, and an answer keyed by the read model's position (and the day, the instant, the words) never goes stale.
 */
export class RecentAnswers<T> {
  private readonly answers = new Map<string, Promise<T>>();

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const held = this.answers.get(key);
    if (held !== undefined) {
      this.answers.delete(key);
      this.answers.set(key, held);
      return held;
    }
    const answer = compute();
    this.answers.set(key, answer);
    // A failed computation is not remembered.
    answer.catch(() => this.answers.delete(key));
    while (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    return answer;
  }
}
