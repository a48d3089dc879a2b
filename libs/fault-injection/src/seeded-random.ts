/** Small seeded PRNG (mulberry32): the same seed gives the same workload and the same faults, run after run. */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One of the values, equally likely or in proportion to `weights`. */
  pick<T>(values: readonly T[], weights?: readonly number[]): T {
    if (!weights) return values[Math.floor(this.next() * values.length)];
    let r = this.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < values.length; i++) {
      r -= weights[i];
      if (r < 0) return values[i];
    }
    return values[values.length - 1];
  }

  /** A version-4-shaped id, from this generator so that runs repeat. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => '0123456789abcdef'[this.int(0, 15)]).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
}
