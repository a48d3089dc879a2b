interface Waiter {
  position: number;
  resolve: (reached: boolean) => void;
  timer: NodeJS.Timeout;
}

/** Read-your-writes: callers wait until the read models reflect a given global position. */
export class PositionWaiters {
  private waiters: Waiter[] = [];

  waitFor(position: number, timeoutMs: number, current: () => number): Promise<boolean> {
    if (current() >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve(current() >= position);
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  notify(reached: number): void {
    if (this.waiters.length === 0) return;
    const still: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (reached >= waiter.position) {
        clearTimeout(waiter.timer);
        waiter.resolve(true);
      } else {
        still.push(waiter);
      }
    }
    this.waiters = still;
  }
}
