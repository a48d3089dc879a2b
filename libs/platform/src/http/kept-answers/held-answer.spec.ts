import { noneMatch } from './held-answer';

describe('If-None-Match', () => {
  it('given the tag, weak or strong on either side, or in a list, matches', () => {
    expect(noneMatch('"a"', '"a"')).toBe(true);
    expect(noneMatch('W/"a"', 'W/"a"')).toBe(true);
    expect(noneMatch('"a"', 'W/"a"')).toBe(true);
    expect(noneMatch('"b", W/"a"', '"a"')).toBe(true);
    expect(noneMatch(' * ', '"a"')).toBe(true);
  });

  it('given another tag or none, does not match', () => {
    expect(noneMatch('"b"', '"a"')).toBe(false);
    expect(noneMatch(undefined, '"a"')).toBe(false);
  });
});
