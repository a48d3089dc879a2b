import fc from 'fast-check';
import { normaliseNumbering, normaliseText, normaliseTitleUrl } from './text';
import { normaliseAccessType, normaliseCoverageDepth, normalisePublicationType } from './vocabulary';

describe('KBART controlled values', () => {
  it.each([
    [normaliseCoverageDepth, 'fulltext', 'fulltext', false],
    [normaliseCoverageDepth, 'Full text', 'fulltext', true],
    [normaliseCoverageDepth, 'Volltext', 'fulltext', true],
    [normaliseCoverageDepth, 'selected articles', 'selected articles', false],
    [normaliseCoverageDepth, 'Selected_Articles', 'selected articles', true],
    [normaliseCoverageDepth, 'abstract', 'abstracts', true],
    [normalisePublicationType, 'serial', 'serial', false],
    [normalisePublicationType, 'Serial', 'serial', true],
    [normalisePublicationType, 'Monograph', 'monograph', true],
    [normalisePublicationType, 'e-book', 'monograph', true],
    [normalisePublicationType, 'journal', 'serial', true],
    [normaliseAccessType, 'F', 'F', false],
    [normaliseAccessType, 'p', 'P', true],
    [normaliseAccessType, 'free', 'F', true],
    [normaliseAccessType, 'Open Access', 'F', true],
    [normaliseAccessType, 'paid', 'P', true],
    [normaliseAccessType, 'subscription', 'P', true],
  ])('given %#: %p, when normalised, then it is %p', (normalise, raw, value, wasRepaired) => {
    const r = normalise(raw);
    expect(r.value).toBe(value);
    expect(r.repaired !== undefined).toBe(wasRepaired);
  });

  it.each([
    [normaliseCoverageDepth, 'sometimes', 'coverage-depth.unknown'],
    [normalisePublicationType, 'database', 'publication-type.unknown'],
    [normaliseAccessType, 'maybe', 'access-type.unknown'],
  ])('given %#: %p, when normalised, then it is refused as %p with the allowed values named', (normalise, raw, code) => {
    const r = normalise(raw);
    expect(r.problem?.code).toBe(code);
    expect(r.problem?.message).toContain('use one of');
  });

  it('given an empty cell, when normalised, then nothing is kept and nothing is wrong', () => {
    expect(normaliseAccessType(' ')).toEqual({});
  });
});

describe('KBART free values', () => {
  it.each([
    ['https://www.annualreviews.org/journal/anchem', 'https://www.annualreviews.org/journal/anchem'],
    [' http://test.url/journal ', 'http://test.url/journal'],
    ['HTTPS://EXAMPLE.ORG/a', 'HTTPS://EXAMPLE.ORG/a'],
  ])('given the title URL %p, when normalised, then %p is kept', (raw, value) => {
    expect(normaliseTitleUrl(raw)).toEqual({ value });
  });

  it.each([
    ['www.example.org/journal', 'url.not-absolute'],
    ['ftp://example.org/x', 'url.not-absolute'],
    ['javascript:alert(1)', 'url.not-absolute'],
    ['https://exa mple.org', 'url.malformed'],
    ['https://', 'url.malformed'],
    [`https://example.org/${'a'.repeat(3000)}`, 'url.too-long'],
  ])('given the title URL %p, when normalised, then it is refused as %p', (raw, code) => {
    expect(normaliseTitleUrl(raw).problem?.code).toBe(code);
  });

  it.each([
    [' 12 ', '12'],
    ['Suppl. 2', 'Suppl. 2'],
    ['12A', '12A'],
  ])('given the volume or issue %p, when normalised, then it is kept as the text %p', (raw, value) => {
    expect(normaliseNumbering(raw)).toEqual({ value });
  });

  it('given a 65-character volume, when normalised, then it is refused', () => {
    expect(normaliseNumbering('1'.repeat(65)).problem?.code).toBe('numbering.too-long');
  });

  it('given a title with trailing spaces, when normalised, then the spaces are dropped without a repair', () => {
    expect(normaliseText('Annual Review of Ecology  ')).toEqual({ value: 'Annual Review of Ecology' });
  });

  it('given any string, when each value normaliser runs, then none throws', () => {
    const all = [normaliseTitleUrl, normaliseNumbering, normaliseText, normaliseAccessType, normaliseCoverageDepth, normalisePublicationType];
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => all.forEach((f) => f(s))));
  });
});
