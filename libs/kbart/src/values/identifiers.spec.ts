import fc from 'fast-check';
import { isbn10CheckCharacter, normaliseIsbn } from './isbn';
import { issnCheckCharacter, normaliseIssn } from './issn';

describe('ISSN', () => {
  it.each([
    ['0028-0836', '0028-0836'],
    ['1673-355X', '1673-355X'],
    ['0000-0000', '0000-0000'],
    ['  2049-3630 ', '2049-3630'],
  ])('given the valid ISSN %p, when normalised, then %p is kept without a repair', (raw, value) => {
    expect(normaliseIssn(raw)).toEqual({ value });
  });

  it.each([
    ['00280836', '0028-0836', 'hyphen inserted'],
    ['1673-355x', '1673-355X', 'lower-case x upper-cased'],
    ['1673 355X', '1673-355X', 'written as NNNN-NNNN'],
  ])('given %p, when normalised, then it is repaired to %p (%s)', (raw, value, why) => {
    expect(normaliseIssn(raw)).toEqual({ value, repaired: { from: raw, why } });
  });

  it.each([
    ['1673-3550', 'issn.check-digit'],
    ['1087-268Z', 'issn.malformed'],
    ['00032-258X', 'issn.malformed'],
    ['1390-7794;1390-440X', 'issn.several'],
    ['978-0-85199-079-8', 'issn.is-isbn'],
    ['0851990797', 'issn.is-isbn'],
    ['10.1079/9780851991283.0000', 'issn.is-doi'],
    ['Coverage is from volume 1', 'issn.malformed'],
    ['x'.repeat(100000), 'issn.malformed'],
  ])('given %p, when normalised, then it is refused as %p and nothing is kept', (raw, code) => {
    const r = normaliseIssn(raw);
    expect(r.value).toBeUndefined();
    expect(r.problem?.code).toBe(code);
  });

  it('given an invalid check digit, when normalised, then the message names the digit it would have', () => {
    expect(normaliseIssn('1673-3550').problem?.message).toContain('would end in X');
  });

  it('given an empty cell, when normalised, then nothing is kept and nothing is wrong', () => {
    expect(normaliseIssn('   ')).toEqual({});
  });

  it('given any string, when normalised, then it never throws and answers a value or a problem or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const r = normaliseIssn(s);
        expect(r.value === undefined || r.problem === undefined).toBe(true);
      }),
    );
  });

  it('given any seven digits with their check character, when normalised, then it round-trips as NNNN-NNNC', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (d) => {
        const issn = `${d.slice(0, 4)}-${d.slice(4)}${issnCheckCharacter(d)}`;
        expect(normaliseIssn(issn)).toEqual({ value: issn });
        expect(normaliseIssn(issn.replace('-', '').toLowerCase()).value).toBe(issn);
      }),
    );
  });
});

describe('ISBN', () => {
  it.each([
    ['9780851990798', '9780851990798', '0851990797'],
    ['9791032300824', '9791032300824', undefined],
  ])('given the valid ISBN-13 %p, when normalised, then it is kept as is', (raw, isbn13, isbn10) => {
    expect(normaliseIsbn(raw)).toEqual({ value: isbn10 ? { isbn13, isbn10 } : { isbn13 } });
  });

  it.each([
    ['978-0-85199-079-8', { isbn13: '9780851990798', isbn10: '0851990797' }, 'hyphens and spaces removed'],
    ['0-85199-079-7', { isbn13: '9780851990798', isbn10: '0851990797' }, 'ISBN-10 mapped to ISBN-13 (978 prefix); the ISBN-10 is kept too'],
    ['0-8044-2957-x', { isbn13: '9780804429573', isbn10: '080442957X' }, 'ISBN-10 mapped to ISBN-13 (978 prefix); the ISBN-10 is kept too'],
    ['0-85199-079-7\\978-0-85199-079-8', { isbn13: '9780851990798', isbn10: '0851990797' }, 'two forms of the same ISBN in one cell; one kept'],
  ])('given %p, when normalised, then it is repaired to %p', (raw, value, why) => {
    expect(normaliseIsbn(raw)).toEqual({ value, repaired: { from: raw, why } });
  });

  it.each([
    ['0-85199-079-8', 'isbn.check-digit'],
    ['978-0-85199-079-9', 'isbn.check-digit'],
    ['9770851990798', 'isbn.malformed'],
    ['0-85199-079-7\\978-0-12345-678-6', 'isbn.several'],
    ['0028-0836', 'isbn.is-issn'],
    ['10.1079/9780851991283.0000', 'isbn.is-doi'],
    ['ebook', 'isbn.malformed'],
  ])('given %p, when normalised, then it is refused as %p', (raw, code) => {
    expect(normaliseIsbn(raw).problem?.code).toBe(code);
    expect(normaliseIsbn(raw).value).toBeUndefined();
  });

  it.each([
    ['3064061550', '9783064061552'],
    ['306406155-0', '9783064061552'],
    ['080442957X', '9780804429573'],
  ])('given the ISBN-10 %p whose check character is 0 or X, when normalised, then it maps to %p', (raw, isbn13) => {
    expect(normaliseIsbn(raw).value).toEqual({ isbn13, isbn10: raw.replace('-', '') });
  });

  it('given an ISBN-13 whose check digit is 0, when normalised, then it is kept', () => {
    expect(normaliseIsbn('9783064061590')).toEqual({ value: { isbn13: '9783064061590', isbn10: `306406159${isbn10CheckCharacter('306406159')}` } });
  });

  it('given any string, when normalised, then it never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => void normaliseIsbn(s)));
  });

  it('given any nine digits with their check character, when normalised as ISBN-10 and as its ISBN-13, then both agree', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (d) => {
        const isbn10 = d + isbn10CheckCharacter(d);
        const from10 = normaliseIsbn(isbn10).value;
        expect(from10?.isbn10).toBe(isbn10);
        const from13 = normaliseIsbn(from10?.isbn13 ?? '');
        expect(from13).toEqual({ value: from10 });
      }),
    );
  });
});
