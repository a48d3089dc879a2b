import { collect, startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { HOLDINGS_RAW_BODY_ROUTES } from '@era/holdings';
import { CarriedTitles, packageTitlesOf, TitleReference } from '@era/holdings-domain';
import { addDays, LocalCalendar } from '@era/calendar';
import { normaliseRow, readTitleList } from '@era/kbart';
import { AppModule } from './app.module';

const PREFIX = 'https://login.proxy.example.edu/login?url=';
const today = new LocalCalendar('UTC').today();
const firstListDay = addDays(today, -60);
const secondListDay = addDays(today, -30);

/** An ISSN with its check digit, from seven digits: the fixtures' journals are made up, their identifiers valid. */
function issn(seven: string): string {
  const sum = [...seven].reduce((total, digit, i) => total + Number(digit) * (8 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${seven.slice(0, 4)}-${seven.slice(4)}${check === 10 ? 'X' : String(check)}`;
}

const JOURNALS = {
  astronomy: { title: 'Annals of Astronomy', online: issn('1111111'), id: 'AA' },
  botany: { title: 'The Botanical Review', online: issn('2222222'), id: 'BR' },
  chemistry: { title: 'Chemistry Letters', online: issn('3333333'), id: 'CL' },
  dentistry: { title: 'Dental Notes', online: issn('4444444'), id: 'DN' },
  ecology: { title: 'Ecology Today', online: issn('5555555'), id: 'ET' },
};

const HEADER = [
  'publication_title',
  'print_identifier',
  'online_identifier',
  'date_first_issue_online',
  'date_last_issue_online',
  'title_url',
  'title_id',
  'embargo_info',
  'coverage_depth',
  'publication_type',
];

type Journal = (typeof JOURNALS)[keyof typeof JOURNALS];
function row(journal: Journal, first: string, last: string, embargo = '', host = 'https://journals.example.org'): string {
  return [journal.title, '', journal.online, first, last, `${host}/${journal.id}`, journal.id, embargo, 'fulltext', 'serial'].join('\t');
}
const file = (...rows: string[]) => [HEADER.join('\t'), ...rows].join('\n') + '\n';

const PACKAGE_A_V1 = file(row(JOURNALS.astronomy, '2000', ''), row(JOURNALS.botany, '1995', '2010'), row(JOURNALS.chemistry, '2005', '', 'P1Y'));
/** The vendor's next list: botany dropped, chemistry's coverage now from 2006, dentistry new; astronomy unchanged. */
const PACKAGE_A_V2 = file(row(JOURNALS.astronomy, '2000', ''), row(JOURNALS.chemistry, '2006', '', 'P1Y'), row(JOURNALS.dentistry, '2012', ''));
/** Another vendor's package holding astronomy's back volumes, and ecology. */
const PACKAGE_B = file(
  row(JOURNALS.astronomy, '1990', '1999', '', 'https://archive.example.net'),
  row(JOURNALS.ecology, '2001', '', '', 'https://archive.example.net'),
);

interface TitleEntry {
  title: string;
  identifiers: { issn: string[] };
  coverage: { from?: string; to?: string }[];
  embargo?: string;
  packages: { resourceId: string; link: string }[];
}

/**
 * The issue's scenario through HTTP on the composed API: import a package's list, import it again (nothing
 * changes), import its next version (exactly its differences recorded), activate chosen titles of a second package
 * sharing a journal, deactivate one; the title A-Z as of each day and as known at each step; the export read back.
 */
describe('KBART title lists, selective activation and the title A-Z, through HTTP (real SQLite)', () => {
  let api: TestApi;
  const knownAt: Record<string, string> = {};

  const send = async (method: 'post' | 'get', path: string, body?: object, token: string = TOKENS.associate) => {
    const call = api.http()[method](path).set(api.as(token));
    const response = body === undefined ? await call : await call.send(body);
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };

  /** Posts the file as the raw body, then polls its job until it is done: the job's last answer. */
  async function importList(resourceId: string, text: string, query = '') {
    const accepted = await api
      .http()
      .post(`/e-resources/${resourceId}/title-lists${query}`)
      .set(api.as(TOKENS.associate))
      .set('Content-Type', 'text/tab-separated-values')
      .send(Buffer.from(text, 'utf8'));
    expect(accepted.status).toBe(202);
    expect(accepted.headers.location).toBe(`/title-list-jobs/${accepted.body.jobId}`);
    for (let attempt = 0; attempt < 400; attempt++) {
      const job = await send('get', accepted.headers.location);
      if (job.body.status !== 'running') return job.body;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`the import into ${resourceId} did not finish`);
  }

  const streamTypes = async (streamId: string) => (await collect(api.events.readStream(streamId))).map((event) => event.type);

  async function titles(query: string): Promise<TitleEntry[]> {
    const response = await api.http().get(`/a-z/titles${query}`).expect(200);
    return response.body.items;
  }
  const titleNames = async (query = '') => (await titles(query)).map((entry) => entry.title);

  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config), rawBodyRoutes: HOLDINGS_RAW_BODY_ROUTES }, { ERA_PROXY_PREFIX: PREFIX });
    await send('post', '/e-resources', {
      id: 'pkg-a',
      name: 'Alpha Journals Collection',
      resourceType: 'e-journal-package',
      accessUrl: 'https://journals.example.org/',
      proxied: true,
    });
    await send('post', '/e-resources', {
      id: 'pkg-b',
      name: 'Beta Archive',
      resourceType: 'e-journal-package',
      accessUrl: 'https://archive.example.net/',
      proxied: false,
    });
  });
  afterAll(() => api.close());

  it('imports a package’s list, and activates the whole package', async () => {
    const job = await importList('pkg-a', PACKAGE_A_V1, `?effectiveFrom=${firstListDay}&fileName=alpha-2026-10.txt`);
    expect(job.status).toBe('done');
    expect(job.outcome).toMatchObject({ outcome: 'imported', version: 1, summary: { rows: 3, imported: 3, rejected: 0, titles: 3 } });
    expect(await streamTypes('title-list-pkg-a')).toEqual(['TitleListImported', 'PackageTitlesAdded']);
    expect(await titleNames()).toEqual([]);

    await send('post', '/e-resources/pkg-a/title-activations', {
      wholePackage: true,
      effectiveFrom: firstListDay,
      reason: 'Subscribed to the whole collection',
    });
    expect(await titleNames()).toEqual(['Annals of Astronomy', 'The Botanical Review', 'Chemistry Letters']);
    knownAt.firstList = new Date().toISOString();
  });

  it('records a re-import of the same file as a check that found nothing changed, and nothing else', async () => {
    const job = await importList('pkg-a', PACKAGE_A_V1);
    expect(job.outcome).toMatchObject({ outcome: 'unchanged', version: 1 });
    expect(await streamTypes('title-list-pkg-a')).toEqual(['TitleListImported', 'PackageTitlesAdded', 'TitleListFoundUnchanged']);
    const versions = await send('get', '/e-resources/pkg-a/title-lists');
    expect(JSON.stringify(versions.body)).toContain('alpha-2026-10.txt');
  });

  it('records the next version as exactly its differences: one title added, one removed, one revised', async () => {
    const job = await importList('pkg-a', PACKAGE_A_V2, `?effectiveFrom=${secondListDay}`);
    expect(job.outcome).toMatchObject({ outcome: 'imported', version: 2, changes: { added: 1, removed: 1, revised: 1 } });
    const events = await collect(api.events.readStream('title-list-pkg-a'));
    const newest = events.slice(3);
    expect(newest.map((event) => event.type)).toEqual(['TitleListImported', 'PackageTitlesAdded', 'PackageTitlesRemoved', 'PackageTitlesRevised']);
    // Added and revised titles are carried as a table, removed ones as references.
    const carried = (index: number) => packageTitlesOf((newest[index].data as { titles: CarriedTitles }).titles);
    const removed = (newest[2].data as { titles: TitleReference[] }).titles;
    expect(carried(1).map((title) => title.values.publication_title)).toEqual(['Dental Notes']);
    expect(removed.map((title) => title.publication_title)).toEqual(['The Botanical Review']);
    expect(carried(3).map((title) => title.values.publication_title)).toEqual(['Chemistry Letters']);
    expect(newest.every((event) => (event.metadata.actor as { role: string }).role === 'associate')).toBe(true);

    expect(await titleNames()).toEqual(['Annals of Astronomy', 'Chemistry Letters', 'Dental Notes']);
    // Before the second list took effect, botany was in the package and dentistry not yet.
    expect(await titleNames(`?activeOn=${addDays(secondListDay, -1)}`)).toEqual(['Annals of Astronomy', 'The Botanical Review', 'Chemistry Letters']);
    // As known before the second list was imported, botany is still in the package today.
    expect(await titleNames(`?knownAt=${encodeURIComponent(knownAt.firstList)}`)).toEqual(['Annals of Astronomy', 'The Botanical Review', 'Chemistry Letters']);
    const [chemistry] = await titles('?q=chemistry');
    expect(chemistry.coverage).toEqual([expect.objectContaining({ from: '2006' })]);
    expect(chemistry.embargo).toBe('most recent 1 year not available');
    knownAt.secondList = new Date().toISOString();
  });

  it('activates chosen titles of a second package that shares a journal: one work, coverage merged, one link per package', async () => {
    expect((await importList('pkg-b', PACKAGE_B, `?effectiveFrom=${secondListDay}`)).outcome).toMatchObject({ outcome: 'imported', version: 1 });
    const astronomyIssn = JOURNALS.astronomy.online.replace('-', '');
    const activated = await send('post', '/e-resources/pkg-b/title-activations', {
      titles: [astronomyIssn],
      effectiveFrom: secondListDay,
      reason: 'Back volumes bought',
    });
    expect(activated.status).toBe(201);

    const [astronomy] = await titles(`?identifier=${astronomyIssn}`);
    expect(astronomy.title).toBe('Annals of Astronomy');
    expect(astronomy.coverage).toEqual([expect.objectContaining({ from: '1990' })]);
    expect(astronomy.coverage[0].to).toBeUndefined();
    expect(astronomy.packages.map((entry) => entry.resourceId).sort()).toEqual(['pkg-a', 'pkg-b']);
    const links = Object.fromEntries(astronomy.packages.map((entry) => [entry.resourceId, entry.link]));
    expect(links['pkg-a']).toBe(PREFIX + encodeURIComponent('https://journals.example.org/AA'));
    expect(links['pkg-b']).toBe('https://archive.example.net/AA');
    // Ecology is in the second package's list but was not chosen.
    expect(await titleNames()).toEqual(['Annals of Astronomy', 'Chemistry Letters', 'Dental Notes']);
    const packageB = await send('get', '/e-resources/pkg-b/titles');
    const activeByTitle = Object.fromEntries(
      packageB.body.titles.map((title: { values: { publication_title: string }; active: boolean }) => [title.values.publication_title, title.active]),
    );
    expect(activeByTitle).toEqual({ 'Annals of Astronomy': true, 'Ecology Today': false });
    knownAt.selected = new Date().toISOString();
  });

  it('deactivates one chosen title: gone from its day on, still there before it and as known before', async () => {
    const astronomyIssn = JOURNALS.astronomy.online;
    await send('post', '/e-resources/pkg-b/title-deactivations', { titles: [astronomyIssn], effectiveOn: today, reason: 'Archive access cancelled' });
    const [now] = await titles(`?identifier=${astronomyIssn}`);
    expect(now.packages.map((entry) => entry.resourceId)).toEqual(['pkg-a']);
    expect(now.coverage).toEqual([expect.objectContaining({ from: '2000' })]);
    const [yesterday] = await titles(`?identifier=${astronomyIssn}&activeOn=${addDays(today, -1)}`);
    expect(yesterday.packages.map((entry) => entry.resourceId).sort()).toEqual(['pkg-a', 'pkg-b']);
    const [asKnown] = await titles(`?identifier=${astronomyIssn}&knownAt=${encodeURIComponent(knownAt.selected)}`);
    expect(asKnown.packages.map((entry) => entry.resourceId).sort()).toEqual(['pkg-a', 'pkg-b']);
    const [beforeSelection] = await titles(`?identifier=${astronomyIssn}&activeOn=${addDays(today, -1)}&knownAt=${encodeURIComponent(knownAt.secondList)}`);
    expect(beforeSelection.packages.map((entry) => entry.resourceId)).toEqual(['pkg-a']);
  });

  it('exports the active holdings as KBART Phase II that the importer reads back to the same titles', async () => {
    const first = await api.http().get('/holdings/kbart').buffer(true).expect(200);
    const again = await api.http().get('/holdings/kbart').buffer(true).expect(200);
    expect(first.headers['content-type']).toMatch(/^text\/tab-separated-values; charset=utf-8/);
    expect(first.text).toBe(again.text);
    const [header] = first.text.split('\n');
    expect(header.split('\t')).toHaveLength(25);

    const reading = await readTitleList(Buffer.from(first.text, 'utf8'));
    const rows: { title?: string; online?: string; from?: string; problems: number }[] = [];
    for await (const { fields, line } of reading.rows) {
      const normalised = normaliseRow(fields, line);
      rows.push({
        title: normalised.values.publication_title,
        online: normalised.values.online_identifier,
        from: normalised.values.date_first_issue_online,
        problems: normalised.problems.length,
      });
    }
    expect(rows).toEqual([
      { title: 'Annals of Astronomy', online: JOURNALS.astronomy.online, from: '2000', problems: 0 },
      { title: 'Chemistry Letters', online: JOURNALS.chemistry.online, from: '2006', problems: 0 },
      { title: 'Dental Notes', online: JOURNALS.dentistry.online, from: '2012', problems: 0 },
    ]);

    // Imported into a package of its own, the export is the same three titles, nothing rejected or repaired.
    await send('post', '/e-resources', {
      id: 'pkg-export',
      name: 'Export round trip',
      resourceType: 'e-journal-package',
      accessUrl: 'https://example.edu/',
      proxied: false,
    });
    const job = await importList('pkg-export', first.text);
    expect(job.outcome).toMatchObject({ outcome: 'imported', summary: { rows: 3, imported: 3, repaired: 0, rejected: 0, titles: 3 } });
  });
});
