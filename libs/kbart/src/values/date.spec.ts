import fc from 'fast-check';
import { normaliseDate } from './date';

describe('KBART dates', () => {
  it.each(['2019', '2008-01', '2019-02-28', '2020-02-29'])('given the KBART date %p, when normalised, then it is kept without a repair', (raw) => {
    expect(normaliseDate(raw)).toEqual({ value: raw });
  });

  it.each([
    ['25/12/2019', '2019-12-25'],
    ['12/25/2019', '2019-12-25'],
    ['05/05/2019', '2019-05-05'],
    ['2019/12/25', '2019-12-25'],
    ['2019-1-5', '2019-01-05'],
    ['25.12.2019', '2019-12-25'],
    ['03.04.2019', '2019-04-03'],
    ['12/2019', '2019-12'],
    ['20191225', '2019-12-25'],
    ['March 2019', '2019-03'],
    ['1 March 2019', '2019-03-01'],
    ['March 1, 2019', '2019-03-01'],
    ['Dec. 2001', '2001-12'],
    ['Oktober 1999', '1999-10'],
    ['43466', '2019-01-01'],
    ['2019-01-01T00:00:00', '2019-01-01'],
    ['2019-01-01 00:00:00', '2019-01-01'],
    ['  2019 ', '2019'],
  ])('given %p, when normalised, then it is repaired to %p', (raw, value) => {
    const r = normaliseDate(raw);
    expect(r.value).toBe(value);
    expect(r.problem).toBeUndefined();
    if (raw.trim() !== value) expect(r.repaired?.from).toBe(raw.trim());
  });

  it.each([
    ['1/15/19', '2019-01-15', 'two-digit year 19 read as 2019'],
    ['13/5/85', '1985-05-13', 'two-digit year 85 read as 1985'],
  ])('given the two-digit year in %p, when normalised, then it is windowed to %p and reported', (raw, value, why) => {
    const r = normaliseDate(raw);
    expect(r.value).toBe(value);
    expect(r.repaired?.why).toContain(why);
  });

  it.each([
    ['03/04/2019', 'date.ambiguous'],
    ['3/4/19', 'date.ambiguous'],
    ['201903', 'date.ambiguous'],
    ['2019-02-30', 'date.impossible'],
    ['2019-13', 'date.impossible'],
    ['31/31/2019', 'date.impossible'],
    ['2019-02-29', 'date.impossible'],
    ['0999', 'date.impossible'],
    ['soon', 'date.unrecognised'],
    ['123', 'date.unrecognised'],
    ['Coverage is from volume 1 to 26', 'date.unrecognised'],
    ['1999-2003', 'date.unrecognised'],
  ])('given %p, when normalised, then it is refused as %p, not guessed', (raw, code) => {
    const r = normaliseDate(raw);
    expect(r.value).toBeUndefined();
    expect(r.problem?.code).toBe(code);
  });

  it('given a two-digit-year pivot, when a year is windowed, then the pivot decides the century', () => {
    expect(normaliseDate('1/15/30', { twoDigitYearPivot: 20 }).value).toBe('1930-01-15');
  });

  it('given any string, when normalised, then it never throws and a kept value is always a KBART date', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (s) => {
        const v = normaliseDate(s).value;
        if (v !== undefined) expect(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v)).toBe(true);
      }),
    );
  });

  it('given any real day written as YYYY-MM-DD or DD.MM.YYYY, when normalised, then the same day comes back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(normaliseDate(iso)).toEqual({ value: iso });
        const [y, m, day] = iso.split('-');
        expect(normaliseDate(`${day}.${m}.${y}`).value).toBe(iso);
      }),
    );
  });
});
