import fc from 'fast-check';
import { capLines } from './cap-lines';
import { chunked, collect } from './test-text';

describe('capLines', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('given a %s text with one long line, when capped at 5, then only that line is cut and reported with its number', async (_, eol) => {
    const cuts: [number, number][] = [];
    const text = ['abc', 'abcdefghij', 'xy'].join(eol);

    const out = (await collect(capLines(chunked(text, 3), (line, length) => cuts.push([line, length]), 5))).join('');

    expect(out).toBe(['abc', 'abcde', 'xy'].join(eol));
    expect(cuts).toEqual([[2, 10]]);
  });

  it('given any text without a line over the cap, when capped in any chunking, then it passes unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', '\t', '"', '\r', '\n'), maxLength: 200 }),
        fc.integer({ min: 1, max: 20 }),
        async (text, size) => {
          expect((await collect(capLines(chunked(text, size), () => undefined, 1000))).join('')).toBe(text);
        },
      ),
    );
  });
});
