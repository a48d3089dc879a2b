import { DomainRefusal } from '@era/platform';
import { identifierKeyOf } from './identifier-query';

describe('identifier asked for in the title A-Z', () => {
  it.each([
    ['0028-0836', 'issn:0028-0836'],
    ['00280836', 'issn:0028-0836'],
    [' 2049-369x ', 'issn:2049-369X'],
    ['0-306-40615-2', 'isbn:9780306406157'],
    ['9780306406157', 'isbn:9780306406157'],
    ['10.1038/NATURE12373', 'doi:10.1038/nature12373'],
    ['https://doi.org/10.1038/nature12373', 'doi:10.1038/nature12373'],
  ])('%s is %s', (typed, key) => {
    expect(identifierKeyOf(typed)).toBe(key);
  });

  it.each(['0028-0837', '12345', 'nature'])('refuses %s with a reason', (typed) => {
    expect(() => identifierKeyOf(typed)).toThrow(DomainRefusal);
    expect(() => identifierKeyOf(typed)).toThrow(/identifier must be an ISSN, an ISBN or a DOI/);
  });
});
