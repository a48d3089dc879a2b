import { isTermKey, TERM_KEY } from './term-key';

describe('term keys', () => {
  it.each(['ill-electronic', 'course-reserves-electronic', 'a1', 'walk-in-users-2', 'x'.repeat(60)])('%s is one', (key) => {
    expect(TERM_KEY.test(key)).toBe(true);
  });

  it.each(['', 'a', '1-ill', 'ILL-electronic', 'ill_electronic', 'ill--electronic', '-ill', 'ill-', 'ill electronic', 'x'.repeat(61)])('%j is not', (key) => {
    expect(TERM_KEY.test(key)).toBe(false);
  });

  it('refuses an oversized input by its length, before any pattern runs', () => {
    expect(isTermKey('a'.repeat(100_000))).toBe(false);
    expect(isTermKey(42)).toBe(false);
  });
});
