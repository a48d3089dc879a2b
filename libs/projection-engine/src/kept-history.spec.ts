import fc from 'fast-check';
import { byCodePoints } from './kept-history';

describe('byCodePoints', () => {
  it('orders strings as their UTF-8 bytes sort (SQLite and MongoDB order), unlike JavaScript past U+FFFF', () => {
    expect(byCodePoints('\u{1d510}', '\ufffd')).toBeGreaterThan(0);
    expect('\u{1d510}' < '\ufffd').toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(byCodePoints(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
    );
  });
});
