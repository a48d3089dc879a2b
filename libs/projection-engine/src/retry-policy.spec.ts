import { retryDelayMs } from './retry-policy';

describe('retry back-off', () => {
  const policy = { baseMs: 100, capMs: 1000 };

  it('doubles from the base, with jitter between half and all of the delay', () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(50);
    expect(retryDelayMs(1, policy, () => 1)).toBe(100);
    expect(retryDelayMs(3, policy, () => 0)).toBe(200);
    expect(retryDelayMs(3, policy, () => 1)).toBe(400);
  });

  it('never waits longer than the cap, however many retries', () => {
    expect(retryDelayMs(5, policy, () => 1)).toBe(1000);
    expect(retryDelayMs(10_000, policy, () => 1)).toBe(1000);
  });
});
