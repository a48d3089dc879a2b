import fc from 'fast-check';
import { normaliseEmbargo } from './embargo';

describe('KBART embargo codes', () => {
  it.each(['R1Y', 'P6M', 'P12M', 'R8D', 'R10Y;P1Y', 'P3Y'])('given the embargo %p, when normalised, then it is kept', (raw) => {
    expect(normaliseEmbargo(raw)).toEqual({ value: raw });
  });

  it.each([
    ['r1y', 'R1Y'],
    [' P 6 M ', 'P6M'],
    ['P1Y;R10Y', 'R10Y;P1Y'],
    ['R10Y, P1Y', 'R10Y;P1Y'],
    ['1 year', 'P1Y'],
    ['12 months', 'P12M'],
    ['6 months embargo', 'P6M'],
    ['Most recent 2 years not available', 'P2Y'],
    ['Only the last 5 years available', 'R5Y'],
  ])('given %p, when normalised, then it is repaired to %p', (raw, value) => {
    const r = normaliseEmbargo(raw);
    expect(r.value).toBe(value);
    expect(r.repaired?.from).toBe(raw.trim());
  });

  it.each([
    ['2018-05-01', 'embargo.is-date'],
    ['Coverage is from volume 1 to 26', 'embargo.malformed'],
    ['R1Y;R2Y', 'embargo.malformed'],
    ['X1Y', 'embargo.malformed'],
    ['P1W', 'embargo.malformed'],
    ['1 year or 2 years', 'embargo.malformed'],
    ['available after 3 years sometimes', 'embargo.malformed'],
    ['R1Y;P1Y;P2Y', 'embargo.malformed'],
  ])('given %p, when normalised, then it is refused as %p', (raw, code) => {
    const r = normaliseEmbargo(raw);
    expect(r.value).toBeUndefined();
    expect(r.problem?.code).toBe(code);
  });

  it('given any string, when normalised, then it never throws and a kept value follows the KBART grammar', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const v = normaliseEmbargo(s).value;
        if (v !== undefined) expect(/^(?:[RP]\d{1,4}[DMY])(?:;P\d{1,4}[DMY])?$/.test(v)).toBe(true);
      }),
    );
  });
});
