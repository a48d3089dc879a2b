import fc from 'fast-check';
import { COVERAGE_COLUMNS, CoverageRange, PackageTitle, TitleColumn } from './package-title';
import { packageTitlesOf, titleTableOf } from './title-table';

const TITLE_COLUMNS: TitleColumn[] = ['publication_title', 'print_identifier', 'online_identifier', 'title_url', 'title_id', 'publisher_name', 'access_type'];
const value = fc.string({ minLength: 1, maxLength: 12 });
const range = fc.record(Object.fromEntries(COVERAGE_COLUMNS.map((column) => [column, value])), { requiredKeys: [] }) as fc.Arbitrary<CoverageRange>;
const title = fc.record({
  key: fc.string({ minLength: 1 }),
  values: fc
    .record(Object.fromEntries(TITLE_COLUMNS.map((column) => [column, value])), { requiredKeys: ['publication_title'] })
    .map((values) => values as PackageTitle['values']),
  coverage: fc.array(range, { minLength: 1, maxLength: 3 }),
});

describe('title tables: the form title-list events carry titles in', () => {
  it('given any titles, when written as a table and read back, then they are the same titles in the same order', () => {
    fc.assert(fc.property(fc.array(title, { maxLength: 20 }), (titles) => expect(packageTitlesOf(titleTableOf(titles))).toEqual(titles)));
  });

  it('given titles, when written as a table, then each column is named once and each title is a row of values', () => {
    const table = titleTableOf([
      { key: 'issn:1234-5679', values: { publication_title: 'Journal A', print_identifier: '1234-5679' }, coverage: [{ date_first_issue_online: '1990' }] },
      { key: 'id:b', values: { publication_title: 'Journal B', title_id: 'b' }, coverage: [{ embargo_info: 'R1Y' }, {}] },
    ]);
    expect(table).toEqual({
      columns: ['print_identifier', 'publication_title', 'title_id'],
      coverageColumns: ['date_first_issue_online', 'embargo_info'],
      rows: [
        ['issn:1234-5679', ['1234-5679', 'Journal A', ''], [['1990', '']]],
        [
          'id:b',
          ['', 'Journal B', 'b'],
          [
            ['', 'R1Y'],
            ['', ''],
          ],
        ],
      ],
    });
  });

  it('given an event written by a development build before tables (an array of titles), when read, then its titles as they are', () => {
    const titles: PackageTitle[] = [{ key: 'id:a', values: { publication_title: 'A' }, coverage: [{}] }];
    expect(packageTitlesOf(titles)).toEqual(titles);
  });
});
