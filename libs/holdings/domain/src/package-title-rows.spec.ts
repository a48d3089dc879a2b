import { normaliseRow, readTitleList, writeKbartPhaseII } from '@era/kbart';
import { COVERAGE_COLUMNS, PackageTitle, titleKeyOf } from './package-title';
import { packageTitleRows } from './package-title-rows';

const serial: PackageTitle = {
  key: 'issn:2049-369X|id:jrt',
  values: {
    publication_title: 'Journal of Round Trips',
    print_identifier: '0378-5955',
    online_identifier: '2049-369X',
    title_id: 'jrt',
    publisher_name: 'Example Press',
    publication_type: 'serial',
    access_type: 'P',
  },
  coverage: [
    { date_first_issue_online: '1998', num_first_vol_online: '1', date_last_issue_online: '2003-12', num_last_vol_online: '6', coverage_depth: 'fulltext' },
    { date_first_issue_online: '2005-01-15', embargo_info: 'R10Y;P1Y', coverage_depth: 'fulltext', notes: 'current issues after a year' },
  ],
};

const monograph: PackageTitle = {
  key: 'isbn:9781861972712',
  values: {
    publication_title: 'Monographs, vol. 2',
    print_identifier: '9780306406157',
    online_identifier: '9781861972712',
    publication_type: 'monograph',
    date_monograph_published_online: '2002-03-04',
    monograph_edition: '3',
  },
  coverage: [{ coverage_depth: 'fulltext' }],
};

/** What an importer does with the rows read back: one title per key, its coverage ranges in row order. */
async function titlesReadBack(bytes: Uint8Array): Promise<PackageTitle[]> {
  const titles = new Map<string, { key: string; values: Record<string, string>; coverage: Record<string, string>[] }>();
  const reading = await readTitleList(bytes);
  for await (const row of reading.rows) {
    const { values, identifiers, problems, repairs } = normaliseRow(row.fields, row.line);
    expect([...problems, ...repairs]).toEqual([]);
    const key = titleKeyOf(identifiers) ?? '';
    const range = Object.fromEntries(Object.entries(values).filter(([column]) => (COVERAGE_COLUMNS as readonly string[]).includes(column)));
    const own = Object.fromEntries(Object.entries(values).filter(([column]) => !(COVERAGE_COLUMNS as readonly string[]).includes(column)));
    const title = titles.get(key) ?? { key, values: own, coverage: [] };
    title.coverage.push(range);
    titles.set(key, title);
  }
  return [...titles.values()] as unknown as PackageTitle[];
}

async function exported(titles: readonly PackageTitle[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeKbartPhaseII(titles.flatMap(packageTitleRows))) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('a package title as KBART rows', () => {
  it('given a title with two coverage ranges, when turned into rows, then there are two rows, each with the title values and its own range', () => {
    const rows = packageTitleRows(serial);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => [row.title_id, row.online_identifier, row.date_first_issue_online, row.embargo_info])).toEqual([
      ['jrt', '2049-369X', '1998', undefined],
      ['jrt', '2049-369X', '2005-01-15', 'R10Y;P1Y'],
    ]);
  });

  it('given titles, when exported and imported again, then the same titles come back (ISSN with X, ISBN-13, embargo codes, dates, ranges in order)', async () => {
    expect(await titlesReadBack(await exported([serial, monograph]))).toEqual([serial, monograph]);
  });
});
