import { normaliseForScreening } from './normalise';
import { findInvisibleCharacter } from './invisible-characters';

describe('normaliseForScreening', () => {
  it.each([
    ['full-width digits and at sign', '１２３＠ｘ', '123@x'],
    ['zero-width and bidi characters', 'a\u200Bb\u200Dc\u202Ed\u2066e\u00ADf\uFEFF', 'abcdef'],
    ['digits of other scripts', '٥٥٥ ०१२ ৯ 𝟘𝟙', '555 012 9 01'],
    ['non-breaking and thin spaces', 'a\u00A0b\u2009c', 'a b c'],
    ['text with nothing to change', 'QA76.73 .J38 2019', 'QA76.73 .J38 2019'],
  ])('folds %s', (_name, text, expected) => {
    expect(normaliseForScreening(text)).toBe(expected);
  });
});

describe('findInvisibleCharacter', () => {
  it.each([
    ['a right-to-left override', '\u202Efdp.exe', 'U+202E'],
    ['a zero-width space', 'signed\u200B.pdf', 'U+200B'],
    ['a C1 control', 'signed\u0085.pdf', 'U+0085'],
    ['a soft hyphen', 'li\u00ADcence.pdf', 'U+00AD'],
    ['a Hangul filler', 'a\u3164.pdf', 'U+3164'],
    ['a line separator', 'a\u2028b.pdf', 'U+2028'],
  ])('names %s', (_name, text, codePoint) => {
    expect(findInvisibleCharacter(text)).toBe(codePoint);
  });

  it.each(['Lizenzvertrag – unterschrieben.pdf', '契約書.pdf', 'signed copy (2).pdf'])('lets %s pass', (text) => {
    expect(findInvisibleCharacter(text)).toBeUndefined();
  });
});
