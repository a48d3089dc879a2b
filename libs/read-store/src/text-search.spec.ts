import { InvalidQueryError } from './errors';
import { documentWords, queryWords, textWords } from './text-search';

describe('textWords', () => {
  it('lower-cases, strips diacritics, folds letters without a mark and splits at anything not a letter or digit', () => {
    expect(textWords('Résumé: CV&Cover-letter, 2nd ed.')).toEqual(['resume', 'cv', 'cover', 'letter', '2nd', 'ed']);
    expect(textWords('Københavns Universitet – Łódź Straße')).toEqual(['kobenhavns', 'universitet', 'lodz', 'strasse']);
    expect(textWords('Re\u0301sume\u0301')).toEqual(['resume']);
    expect(textWords('"*" AND (x)')).toEqual(['and', 'x']);
    expect(textWords('  ')).toEqual([]);
  });
});

describe('documentWords', () => {
  it('takes the distinct words of the text fields, strings and lists of strings only', () => {
    expect(documentWords({ id: 'a', name: 'Web of Science', alt: ['WoS', 7, 'web'], n: 3, other: 'ignored' }, ['name', 'alt', 'n', 'missing'])).toEqual([
      'web',
      'of',
      'science',
      'wos',
    ]);
  });
});

describe('queryWords', () => {
  it('gives the distinct words and refuses what is not bounded text', () => {
    expect(queryWords('soc SOC sci')).toEqual(['soc', 'sci']);
    expect(queryWords('"')).toEqual([]);
    expect(() => queryWords('x'.repeat(201))).toThrow(InvalidQueryError);
    expect(() => queryWords('a '.repeat(17))).toThrow(InvalidQueryError);
    expect(() => queryWords(['soc'])).toThrow(InvalidQueryError);
  });
});
