import { TERM_KEY } from './term-key';
import { isTermKey } from './vocabulary';

describe('term keys', () => {
  it.each(['ill-electronic', 'course-reserves-electronic', 'a1', 'walk-in-users-2', 'x'.repeat(60)])('%s is one', (key) => {
    expect(TERM_KEY.test(key)).toBe(true);
  });

  it.each(['', 'a', '1-ill', 'ILL-electronic', 'ill_electronic', 'ill--electronic', '-ill', 'ill-', 'ill electronic', 'x'.repeat(61)])('%j is not', (key) => {
    expect(TERM_KEY.test(key)).toBe(false);
  });

  it('is the pattern the vocabulary defines terms by', () => {
    for (const key of ['ill-electronic', 'a1', 'a', '1-ill', 'ill--electronic', 'x'.repeat(60), 'x'.repeat(61)]) expect(TERM_KEY.test(key)).toBe(isTermKey(key));
  });
});
