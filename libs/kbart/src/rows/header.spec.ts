import fc from 'fast-check';
import { KBART_COLUMNS } from './columns';
import { detectDelimiter } from './delimiter';
import { matchHeader } from './header';

const withReplaced = (from: string, to: string) => KBART_COLUMNS.map((c) => (c === from ? to : c));

describe('matchHeader', () => {
  it.each([
    ['trailing space and capitals', 'publication_title', 'Publication_Title ', 'normalised'],
    ['a byte-order mark', 'publication_title', '\uFEFFpublication_title', 'normalised'],
    ['quotes around the name', 'print_identifier', '"print_identifier"', 'normalised'],
    ['spaces instead of underscores', 'date_first_issue_online', 'Date First Issue Online', 'normalised'],
    ['hyphens', 'title_url', 'title-url', 'normalised'],
    ['a misspelling', 'monograph_edition', 'mongraph_edition', 'misspelling'],
    ['a capitalised name', 'preceding_publication_title_id', 'Preceding_publication_title_id', 'normalised'],
    ['a synonym', 'parent_publication_title_id', 'parent_publication_id', 'synonym'],
    ['a common vendor name', 'online_identifier', 'eISSN', 'synonym'],
  ])('given a header with %s, when matched, then the column is recognised', (_, column, written, how) => {
    const header = matchHeader(withReplaced(column, written), '\t');

    expect(header.columns[column as (typeof KBART_COLUMNS)[number]]).toMatchObject({ how });
    expect(header.missing).toEqual([]);
    expect(header.extras).toEqual([]);
  });

  it('given the exact Phase II header, when matched, then every column is exact and in place', () => {
    const header = matchHeader(KBART_COLUMNS, '\t');

    expect(header.phase).toBe('II');
    KBART_COLUMNS.forEach((c, index) => expect(header.columns[c]).toEqual({ index, name: c, how: 'exact' }));
  });

  it('given notes and coverage_notes both, when matched, then notes is notes and coverage_notes an extra', () => {
    const header = matchHeader([...KBART_COLUMNS, 'coverage_notes'], '\t');

    expect(header.columns.notes?.index).toBe(14);
    expect(header.extras).toEqual([{ index: 25, name: 'coverage_notes' }]);
  });

  it('given a column twice, when matched, then the first is used and the duplicate reported', () => {
    const header = matchHeader([...KBART_COLUMNS, 'Publication Title'], '\t');

    expect(header.columns.publication_title?.index).toBe(0);
    expect(header.duplicates).toEqual([{ column: 'publication_title', indexes: [0, 25] }]);
  });

  it.each([
    ['no title', KBART_COLUMNS.filter((c) => c !== 'publication_title'), false],
    ['no identifier at all', KBART_COLUMNS.filter((c) => !['print_identifier', 'online_identifier', 'title_id'].includes(c)), false],
    ['only a title id', KBART_COLUMNS.filter((c) => !['print_identifier', 'online_identifier'].includes(c)), true],
  ])('given a header with %s, when matched, then importable is %s', (_, names, importable) => {
    expect(matchHeader(names, '\t').importable).toBe(importable);
  });

  it('given short unknown names, when matched, then they stay extras rather than guessed misspellings', () => {
    expect(matchHeader([...KBART_COLUMNS, 'zdb_id', 'bestppn', 'all_issns'], '\t').extras.map((e) => e.name)).toEqual(['zdb_id', 'bestppn', 'all_issns']);
  });

  it('given any names at all, when matched, then it never throws and every position is a column, an extra or a duplicate', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 40 }), (names) => {
        const header = matchHeader(names, '\t');
        const placed = Object.keys(header.columns).length + header.extras.length + header.duplicates.reduce((n, d) => n + d.indexes.length - 1, 0);
        expect(placed).toBe(names.length);
      }),
    );
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['tabs', 'a\tb\tc', '\t'],
    ['commas', 'a,b,c', ','],
    ['semicolons', 'a;b;c', ';'],
    ['commas only inside quotes, tabs outside', '"a,b"\t"c,d"', '\t'],
    ['a single column', 'publication_title', '\t'],
  ])('given a header line with %s, when detected, then the delimiter is right', (_, line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});
