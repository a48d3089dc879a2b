import { HoldingsRuleViolation } from './holdings-rule-violation';
import { readIdentifierList } from './identifier-list';
import { PackageTitle } from './package-title';
import { namedTitleOf, PackageTitleIndex, requireResolved, resolveTitles } from './title-identifiers';

const journal = (key: string, values: Partial<PackageTitle['values']>): PackageTitle => ({
  key,
  values: { publication_title: key, publication_type: 'serial', ...values },
  coverage: [{}],
});
const TITLES = [
  journal('id:NAT', { title_id: 'NAT', print_identifier: '0028-0836', online_identifier: '1476-4687' }),
  journal('issn:0036-8075', { online_identifier: '0036-8075' }),
  journal('isbn:9780306406157', { publication_type: 'monograph', online_identifier: '9780306406157' }),
  journal('doi:10.1000/abc', {}),
  journal('id:10.1000/xyz', { title_id: '10.1000/xyz' }),
  // Two titles of one package sharing a print ISSN (a journal and its supplement).
  journal('id:S1', { title_id: 'S1', print_identifier: '2049-3630' }),
  journal('id:S2', { title_id: 'S2', print_identifier: '2049-3630' }),
];
const index = new PackageTitleIndex(TITLES);
const resolve = (...identifiers: string[]) => resolveTitles(identifiers.map(namedTitleOf), index);

describe('naming a package’s titles by their identifiers', () => {
  it.each([
    ['a title key', 'id:NAT', 'id:NAT'],
    ['a print ISSN with its hyphen', '0028-0836', 'id:NAT'],
    ['an online ISSN without its hyphen', '14764687', 'id:NAT'],
    ['an ISSN key written loosely', 'ISSN: 0036 8075', 'issn:0036-8075'],
    ['an ISSN as people write it', 'ISSN 0036-8075', 'issn:0036-8075'],
    ['an ISBN as people write it', 'ISBN 978-0-306-40615-7', 'isbn:9780306406157'],
    ['an ISBN-13 with hyphens', '978-0-306-40615-7', 'isbn:9780306406157'],
    ['an ISBN-10 (mapped to its ISBN-13)', '0-306-40615-2', 'isbn:9780306406157'],
    ['a DOI key', 'doi:10.1000/ABC', 'doi:10.1000/abc'],
    ['a DOI as a doi.org link', 'https://doi.org/10.1000/abc', 'doi:10.1000/abc'],
    ['a DOI that is the vendor’s title_id', '10.1000/XYZ', 'id:10.1000/xyz'],
    ['a bare title_id', 'NAT', 'id:NAT'],
  ])('resolves %s', (_, identifier, key) => {
    expect(resolve(identifier)).toEqual({ keys: [key], unknown: [], ambiguous: [] });
  });

  it('names each title once however often it is named', () => {
    expect(resolve('0028-0836', '1476-4687', 'id:NAT').keys).toEqual(['id:NAT']);
  });

  it('reports identifiers that name no title, and those that name two', () => {
    const resolution = resolve('0028-0836', '1234-5679', 'NOPE', '2049-3630');
    expect(resolution.unknown).toEqual(['1234-5679', 'NOPE']);
    expect(resolution.ambiguous).toEqual([{ identifier: '2049-3630', keys: ['id:S1', 'id:S2'] }]);
  });

  it('refuses unknown identifiers first (422 unknown-titles), then ambiguous ones', () => {
    expect(() => requireResolved(resolve('NOPE', '2049-3630'))).toThrow(expect.objectContaining({ rule: 'unknown-titles', kind: 'unprocessable' }));
    expect(() => requireResolved(resolve('2049-3630'))).toThrow(expect.objectContaining({ rule: 'ambiguous-titles' }));
    expect(requireResolved(resolve('S1'))).toEqual(['id:S1']);
  });
});

describe('an uploaded list of titles', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads one identifier per line, skipping blank lines and # comments, with a BOM and any line ends', async () => {
    const list = await readIdentifierList(bytes('\uFEFF# bought 2026\r\n0028-0836\r\n\r\n  0036-8075  \rNAT\n# end\n'));
    expect(list.format).toBe('text');
    expect(list.names.map((name) => name.label)).toEqual(['0028-0836', '0036-8075', 'NAT']);
  });

  it('reads a KBART file by its identifier columns', async () => {
    const kbart = ['publication_title\tprint_identifier\tonline_identifier\ttitle_id', 'Nature\t0028-0836\t1476-4687\tNAT', 'Science\t\t00368075\t'].join('\n');
    const list = await readIdentifierList(bytes(kbart));
    expect(list.format).toBe('kbart');
    expect(resolveTitles(list.names, index).keys).toEqual(['id:NAT', 'issn:0036-8075']);
  });

  it('refuses a list naming no title', async () => {
    await expect(readIdentifierList(bytes('# nothing\n\n'))).rejects.toThrow(expect.objectContaining({ rule: 'no-titles-selected' }));
  });

  it('refuses a line too long to be an identifier, naming its line', async () => {
    const refusal = await readIdentifierList(bytes(`0028-0836\n${'9'.repeat(400)}\n`)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(HoldingsRuleViolation);
    expect((refusal as HoldingsRuleViolation).extensions).toEqual({ lines: [expect.stringMatching(/^line 2: /)], count: 1 });
  });

  it('refuses a KBART row that names no title, naming its line', async () => {
    const kbart = ['publication_title\tonline_identifier', 'Nature\t1476-4687', 'No identifier\t'].join('\n');
    await expect(readIdentifierList(bytes(kbart))).rejects.toThrow(expect.objectContaining({ rule: 'unreadable-identifier-list' }));
  });
});
