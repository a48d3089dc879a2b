import { BoundedWorkQueue, WorkQueueFullError } from './bounded-work-queue';

/** A piece of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, work: () => opened };
}

describe('BoundedWorkQueue', () => {
  it('runs a fixed number at once, lets a bounded number wait in arrival order, and refuses the rest at once', async () => {
    const queue = new BoundedWorkQueue({ concurrency: 2, queueLength: 1 });
    const order: string[] = [];
    const [a, b, c] = [gate(), gate(), gate()];
    const first = queue.run(async () => (await a.work(), order.push('a')));
    const second = queue.run(async () => (await b.work(), order.push('b')));
    const third = queue.run(async () => (order.push('c started'), await c.work(), order.push('c')));
    expect(queue.state).toEqual({ running: 2, waiting: 1 });

    await expect(queue.run(async () => 'never')).rejects.toBeInstanceOf(WorkQueueFullError);
    expect(order).toEqual([]);

    b.open();
    await second;
    await Promise.resolve();
    expect(order).toEqual(['b', 'c started']);
    a.open();
    c.open();
    await Promise.all([first, third]);
    expect(queue.state).toEqual({ running: 0, waiting: 0 });
  });

  it('with no waiting places, refuses a second piece while the first runs, and takes it again once the first is done', async () => {
    const queue = new BoundedWorkQueue({ concurrency: 1, queueLength: 0 });
    const a = gate();
    const first = queue.run(a.work);
    const refusal = await queue.run(async () => 'x').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(WorkQueueFullError);
    expect((refusal as WorkQueueFullError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    a.open();
    await first;
    await expect(queue.run(async () => 'after')).resolves.toBe('after');
  });

  it('gives the turn back when a piece of work fails', async () => {
    const queue = new BoundedWorkQueue({ concurrency: 1, queueLength: 0 });
    await expect(queue.run(async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    await expect(queue.run(async () => 'next')).resolves.toBe('next');
  });

  it('tells a refused caller to come back after roughly the work ahead of it', async () => {
    let now = 0;
    const queue = new BoundedWorkQueue({ concurrency: 1, queueLength: 0 }, () => now);
    await queue.run(async () => void (now += 10_000));
    const a = gate();
    const running = queue.run(a.work);
    const refusal = (await queue.run(async () => 'x').catch((error: unknown) => error)) as WorkQueueFullError;
    expect(refusal.retryAfterSeconds).toBe(10);
    a.open();
    await running;
  });

  it('refuses limits that would admit nothing', () => {
    expect(() => new BoundedWorkQueue({ concurrency: 0, queueLength: 8 })).toThrow(RangeError);
    expect(() => new BoundedWorkQueue({ concurrency: 1, queueLength: -1 })).toThrow(RangeError);
  });
});
