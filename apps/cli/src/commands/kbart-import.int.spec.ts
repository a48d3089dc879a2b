import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { collect } from '@era/api-testing';
import { eResourceStream } from '@era/e-resources-domain';
import { titleListStream } from '@era/holdings-domain';
import { TitleListReport } from '@era/holdings';
import { OpenStores } from '@era/platform';
import { captureIo, openTestStores, tempDataDir, TempDataDir, testConfig } from '../testing/cli-fixtures';
import { importKbart, KbartCliContext, KbartImportOptions } from './kbart-import';

const HEADER =
  'Publication_Title\tprint_identifier\tonline_identifier\tdate_first_issue_online\tdate_last_issue_online\ttitle_id\tembargo_info\tpublication_type';

/** A vendor's file as they come: Latin-1, CRLF, a bad ISSN check digit, a date to repair, a title in two ranges, a row without identifier, a repeated row. */
const FIXTURE = [
  HEADER,
  'Revista de Economía\t0378-5955\t2049-369x\t1998\t2003\trev-eco\t\tserial',
  'Revista de Economía\t0378-5955\t2049-369x\t2005\t\trev-eco\tP1Y\tserial',
  'Journal of Tests\t1234-5678\t\t01/02/2001\t\tjot\t\tserial',
  'No Identifier Quarterly\t\t\t1990\t\t\t\tserial',
  'Études Critiques\t\t0000-0019\t1999\t\t\t1 year embargo\tserial',
  'Études Critiques\t\t0000-0019\t1999\t\t\t1 year embargo\tserial',
].join('\r\n');

describe('era kbart import', () => {
  let dir: TempDataDir;
  let stores: OpenStores;
  let file: string;
  const context = (role = 'associate', terminal?: KbartCliContext['terminal']): KbartCliContext => ({
    config: testConfig(dir.path),
    actor: { id: `s-${role}`, role },
    terminal,
  });

  beforeAll(async () => {
    dir = tempDataDir();
    stores = await openTestStores(dir.path);
    file = join(dir.path, 'vendor-list.txt');
    writeFileSync(file, iconv.encode(FIXTURE, 'latin1'));
    const metadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' as const };
    for (const [resourceId, resourceType] of [
      ['pkg-journals', 'e-journal-package'],
      ['a-database', 'database'],
    ]) {
      await stores.events.append(
        eResourceStream(resourceId),
        [
          {
            type: 'EResourceRegistered',
            data: {
              resourceId,
              name: resourceId,
              alternateNames: [],
              formerNames: [],
              resourceType,
              subjects: [],
              accessUrl: 'https://x.example/',
              proxied: false,
              hidden: false,
            },
          },
        ],
        { expectedRevision: 'no_stream', metadata },
      );
    }
  });
  afterAll(async () => {
    await stores.close();
    dir.remove();
  });

  async function importing(options: Partial<KbartImportOptions> = {}, given: KbartCliContext = context()) {
    const io = captureIo();
    const code = await importKbart(stores, { file, package: 'pkg-journals', ...options }, io, given);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  it('given a dirty vendor file, when imported, then good rows are recorded as version 1, the summary counts every row and names the commonest problems, and the report is written', async () => {
    const report = join(dir.path, 'report.json');
    const { code, out, err } = await importing({ report, reason: 'New subscription' });
    expect(code).toBe(0);
    const [header, , counts] = out.split('\n');
    expect(header).toMatch(/^\s*rows\s+imported\s+repaired\s+rejected\s+duplicates\s+titles\s+version\s+changes$/);
    expect(counts.trim().split(/\s{2,}/u)).toEqual(['6', '4', expect.any(String), '1', '1', '3', '1', '3 added, 0 removed, 0 revised']);
    const problems = out.split('top problems:\n')[1].split('\n');
    expect(problems[0]).toMatch(/^\s+1 × row\.no-identifier in print_identifier \(rejected\), e\.g\. line 5: /u);
    expect(problems.map((line) => line.trim().split(' (')[0])).toEqual([
      '1 × row.no-identifier in print_identifier',
      '1 × date.ambiguous in date_first_issue_online',
      '1 × issn.check-digit in print_identifier',
      '1 × row.duplicate',
      '2 × repaired in embargo_info',
    ]);
    expect(err).toMatch(/done\s+\[#+\]\s+100%\s+6 rows/u);
    expect(err).toContain(`report written to ${report}`);
    const written = JSON.parse(readFileSync(report, 'utf8')) as TitleListReport;
    expect(written.file).toMatchObject({ encoding: 'iso-8859-1', encodingSource: 'guessed', fileName: 'vendor-list.txt' });
    expect(written.lines.find((line) => line.code === 'row.no-identifier')).toMatchObject({ line: 5, kind: 'rejected' });
    const events = await collect(stores.events.readStream(titleListStream('pkg-journals')));
    expect(events[0]).toMatchObject({
      type: 'TitleListImported',
      data: { version: 1, reason: 'New subscription' },
      metadata: { actor: { id: 's-associate' }, source: 'cli' },
    });
  });

  it('given the same file again, when imported, then nothing changes: "no change", exit 0, one unchanged record appended', async () => {
    const before = await collect(stores.events.readStream(titleListStream('pkg-journals')));
    const { code, out } = await importing();
    expect(code).toBe(0);
    expect(out).toContain('no change');
    const after = await collect(stores.events.readStream(titleListStream('pkg-journals')));
    expect(after.slice(before.length).map((event) => event.type)).toEqual(['TitleListFoundUnchanged']);
  });

  it('given --report out.csv, when imported, then the report is CSV with one line per finding, formula-safe', async () => {
    const report = join(dir.path, 'report.csv');
    expect((await importing({ report })).code).toBe(0);
    const csv = readFileSync(report, 'utf8');
    expect(csv.split('\n')[0]).toBe('line,kind,column,code,message,original');
    expect(csv).toContain('row.no-identifier');
  });

  it('given --strict and a file with a rejected row, when imported, then it is refused whole: exit 1, the refusal said, nothing appended', async () => {
    const head = await stores.events.headPosition();
    const { code, out } = await importing({ strict: true, package: 'pkg-journals' });
    expect(code).toBe(1);
    expect(out).toContain('refused (');
    expect(await stores.events.headPosition()).toBe(head);
  });

  it('given a terminal, when imported, then the bar is drawn in place with carriage returns and ends with a new line', async () => {
    const drawn: string[] = [];
    const { code } = await importing({}, context('associate', { write: (text) => void drawn.push(text), columns: 100 }));
    expect(code).toBe(0);
    expect(drawn.join('')).toMatch(/^\r.*done\s+\[#+\]\s+100%.*\n$/su);
  });

  it.each([
    ['a missing file', { file: '/nonexistent/list.txt' }, 'cannot read the file /nonexistent/list.txt: no such file'],
    ['an unknown package', { package: 'no-such-package' }, 'no e-resource "no-such-package" is registered'],
    ['an e-resource that is not a package', { package: 'a-database' }, 'a-database is a database, not a package (e-journal-package or e-book-collection)'],
    ['an encoding the importer does not read', { encoding: 'ebcdic' }, '--encoding ebcdic is not one the importer reads'],
    ['an effective date that is not a date', { effectiveFrom: '1/2/2026' }, '--effective-from 1/2/2026 is not a date YYYY-MM-DD'],
    ['a report file that is neither JSON nor CSV', { report: 'out.xlsx' }, 'named by its extension (.json or .csv)'],
  ])('given %s, when imported, then a clear error, exit 1, nothing appended', async (_case, options: Partial<KbartImportOptions>, message) => {
    const head = await stores.events.headPosition();
    const { code, err } = await importing(options);
    expect(code).toBe(1);
    expect(err).toContain(message);
    expect(await stores.events.headPosition()).toBe(head);
  });

  it('given a member of staff who may not edit e-resources, when importing, then refused with exit 1', async () => {
    const { code, err } = await importing({}, context('student'));
    expect(code).toBe(1);
    expect(err).toContain('importing title lists is for admin, librarian, associate');
  });
});
