import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { AppendMetadata } from '@era/event-store';
import { EResourceEvent, eResourceStream } from '@era/e-resources-domain';
import { HoldingsEvent, PackageTitle, titleActivationStream, titleListStream, titleTableOf } from '@era/holdings-domain';
import { titleAzProjection } from '@era/projection-title-a-z';
import { TitleAzModule } from '../title-a-z.module';
import { ActiveHoldingsReader } from './active-holdings-reader';

const metadata: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };
const PROXY = 'https://login.proxy.example.edu/login?url=';

const registered = (resourceId: string, name: string, extra: { proxied?: boolean; hidden?: boolean; resourceType?: string } = {}): EResourceEvent => ({
  type: 'EResourceRegistered',
  data: {
    resourceId,
    name,
    alternateNames: [],
    formerNames: [],
    resourceType: extra.resourceType ?? 'e-journal-package',
    subjects: [],
    accessUrl: `https://${resourceId}.example.com/`,
    proxied: extra.proxied ?? true,
    hidden: extra.hidden ?? false,
  },
});

const title = (
  key: string,
  values: Partial<PackageTitle['values']> & { publication_title: string },
  coverage: PackageTitle['coverage'] = [{}],
): PackageTitle => ({
  key,
  values,
  coverage,
});

function listVersion(resourceId: string, version: number, effectiveFrom: string, added: PackageTitle[], removed: PackageTitle[] = []): HoldingsEvent[] {
  const stored = { sha256: `${resourceId}-${version}`, sizeBytes: 1 };
  return [
    {
      type: 'TitleListImported',
      data: {
        resourceId,
        version,
        effectiveFrom,
        file: { ...stored, encoding: 'utf-8', encodingSource: 'valid-utf-8', phase: 'II' },
        report: stored,
        summary: { rows: added.length, imported: added.length, repaired: 0, rejected: 0, duplicates: 0, titles: added.length },
        changes: { added: added.length, removed: removed.length, revised: 0 },
        strict: false,
      },
    },
    ...(added.length > 0 ? [{ type: 'PackageTitlesAdded' as const, data: { resourceId, version, titles: titleTableOf(added) } }] : []),
    ...(removed.length > 0
      ? [
          {
            type: 'PackageTitlesRemoved' as const,
            data: { resourceId, version, titles: removed.map((t) => ({ key: t.key, publication_title: t.values.publication_title })) },
          },
        ]
      : []),
  ];
}

const NATURE_A = title(
  'issn:1476-4687',
  {
    publication_title: 'Nature',
    print_identifier: '0028-0836',
    online_identifier: '1476-4687',
    publication_type: 'serial',
    title_url: 'https://pkg-a.example.com/nature',
    publisher_name: 'Springer Nature',
  },
  [{ date_first_issue_online: '1990', num_first_vol_online: '343', date_last_issue_online: '2010' }],
);
const NATURE_B = title('issn:1476-4687', { publication_title: 'Nature', online_identifier: '1476-4687', publication_type: 'serial' }, [
  { date_first_issue_online: '2008' },
]);
const SCIENCE = title('issn:0036-8075', { publication_title: 'Science', print_identifier: '0036-8075', publication_type: 'serial' }, [
  { date_first_issue_online: '2000', embargo_info: 'P1Y' },
]);
const SCIENCE_NO_IDS = title('id:B-17', { publication_title: 'Science', title_id: 'B-17', publication_type: 'serial' });
const BOOK = title('isbn:9780306406157', { publication_title: 'The Theory of Tests', online_identifier: '9780306406157', publication_type: 'monograph' }, [
  { date_first_issue_online: '1999' },
]);
const GAMMA_ONLY = title('issn:1111-1119', { publication_title: 'Gamma Letters', online_identifier: '1111-1119', publication_type: 'serial' });
const HIDDEN_ONLY = title('issn:2222-2227', { publication_title: 'Hidden Quarterly', online_identifier: '2222-2227', publication_type: 'serial' });

const reference = (t: PackageTitle) => ({ key: t.key, publication_title: t.values.publication_title });

describe('title A-Z over HTTP (real SQLite; events appended as the import and activations would)', () => {
  let api: TestApi;
  let position = 0;
  let beforeDeactivation = '';
  const append = async (stream: string, events: (EResourceEvent | HoldingsEvent)[]) => {
    position = (await api.events.append(stream, events, { expectedRevision: 'any', metadata })).position;
  };
  const titles = (query: Record<string, string>) => api.http().get('/a-z/titles').query(query).set('X-Min-Position', String(position));
  const names = async (query: Record<string, string>) => {
    const response = await titles(query);
    expect(response.status).toBe(200);
    return (response.body.items as { title: string }[]).map((work) => work.title);
  };

  beforeAll(async () => {
    api = await startTestApi({ features: [TitleAzModule], projections: [titleAzProjection], upcasters: [] }, { ERA_PROXY_PREFIX: PROXY });
    await append(eResourceStream('pkg-a'), [registered('pkg-a', 'Alpha Journals')]);
    await append(eResourceStream('pkg-b'), [registered('pkg-b', 'Beta Collection', { proxied: false })]);
    await append(eResourceStream('pkg-c'), [registered('pkg-c', 'Gamma Books', { resourceType: 'e-book-collection' })]);
    await append(eResourceStream('pkg-h'), [registered('pkg-h', 'Hidden Package', { hidden: true })]);
    await append(titleListStream('pkg-a'), listVersion('pkg-a', 1, '2026-01-01', [NATURE_A, SCIENCE, BOOK]));
    await append(titleListStream('pkg-b'), listVersion('pkg-b', 1, '2026-01-01', [NATURE_B, SCIENCE_NO_IDS]));
    await append(titleListStream('pkg-c'), listVersion('pkg-c', 1, '2026-01-01', [GAMMA_ONLY]));
    await append(titleListStream('pkg-h'), listVersion('pkg-h', 1, '2026-01-01', [HIDDEN_ONLY]));
    await append(titleActivationStream('pkg-a'), [
      { type: 'WholePackageActivated', data: { resourceId: 'pkg-a', effectiveFrom: '2026-02-01', reason: 'Bought' } },
    ]);
    await append(titleActivationStream('pkg-h'), [
      { type: 'WholePackageActivated', data: { resourceId: 'pkg-h', effectiveFrom: '2026-01-01', reason: 'Staff' } },
    ]);
    await append(titleActivationStream('pkg-b'), [
      { type: 'PackageTitlesActivated', data: { resourceId: 'pkg-b', effectiveFrom: '2026-02-01', reason: 'Chosen', titles: [reference(NATURE_B)] } },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    beforeDeactivation = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await append(titleActivationStream('pkg-a'), [
      { type: 'PackageTitlesDeactivated', data: { resourceId: 'pkg-a', effectiveOn: '2026-03-01', reason: 'Cancelled', titles: [reference(SCIENCE)] } },
    ]);
    await append(titleListStream('pkg-a'), listVersion('pkg-a', 2, '2026-04-01', [], [BOOK]));
  });
  afterAll(() => api.close());

  it('shows a journal held in two packages as one work with merged coverage and one link per package (proxied as each package is)', async () => {
    const response = await titles({ activeOn: '2026-02-15', letter: 'N' });
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      {
        workId: expect.any(String),
        title: 'Nature',
        publicationType: 'serial',
        identifiers: { issn: ['0028-0836', '1476-4687'], isbn: [] },
        publisher: 'Springer Nature',
        coverage: [{ from: '1990', fromVolume: '343' }],
        packages: [
          {
            resourceId: 'pkg-a',
            name: 'Alpha Journals',
            link: PROXY + encodeURIComponent('https://pkg-a.example.com/nature'),
            coverage: [{ from: '1990', fromVolume: '343', to: '2010' }],
          },
          { resourceId: 'pkg-b', name: 'Beta Collection', link: 'https://pkg-b.example.com/', coverage: [{ from: '2008' }] },
        ],
      },
    ]);
  });

  it('leaves out titles only in packages not activated or hidden, and every title before its activation takes effect', async () => {
    expect(await names({ activeOn: '2026-02-15' })).toEqual(['Nature', 'Science', 'The Theory of Tests']);
    expect(await names({ activeOn: '2026-02-15', q: 'gamma' })).toEqual([]);
    expect(await names({ activeOn: '2026-02-15', q: 'hidden' })).toEqual([]);
    expect(await names({ activeOn: '2026-01-15' })).toEqual([]);
  });

  it('answers as known at an instant: a title deactivated later is still active as known before the deactivation was recorded', async () => {
    expect(await names({ activeOn: '2026-03-15' })).toEqual(['Nature', 'The Theory of Tests']);
    const before = await titles({ activeOn: '2026-03-15', knownAt: beforeDeactivation, letter: 'S' });
    expect(before.body.items).toEqual([expect.objectContaining({ title: 'Science', embargo: 'most recent 1 year not available' })]);
    expect(before.body.knownAt).toBe(beforeDeactivation);
  });

  it('drops a title from the effective day of the list version that removes it', async () => {
    expect(await names({ activeOn: '2026-03-31', type: 'monograph' })).toEqual(['The Theory of Tests']);
    expect(await names({ activeOn: '2026-04-01', type: 'monograph' })).toEqual([]);
  });

  it('finds works by title words (all of them) and by ISSN without hyphen or ISBN-10', async () => {
    expect(await names({ activeOn: '2026-03-15', q: 'theory TESTS' })).toEqual(['The Theory of Tests']);
    expect(await names({ activeOn: '2026-03-15', q: 'theory nature' })).toEqual([]);
    expect(await names({ activeOn: '2026-03-15', identifier: '00280836' })).toEqual(['Nature']);
    expect(await names({ activeOn: '2026-03-15', identifier: '0-306-40615-2' })).toEqual(['The Theory of Tests']);
    expect(await names({ activeOn: '2026-03-15', letter: 'T' })).toEqual(['The Theory of Tests']);
  });

  it('pages in filing order with a cursor', async () => {
    const first = await titles({ activeOn: '2026-02-15', limit: '2' });
    expect(first.body.items.map((w: { title: string }) => w.title)).toEqual(['Nature', 'Science']);
    const second = await titles({ activeOn: '2026-02-15', limit: '2', cursor: first.body.nextCursor });
    expect(second.body.items.map((w: { title: string }) => w.title)).toEqual(['The Theory of Tests']);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it('refuses bad input with a problem, never a 5xx', async () => {
    const refused: Record<string, string>[] = [
      { identifier: 'nature' },
      { identifier: '0028-0837' },
      { letter: 'AA' },
      { type: 'video' },
      { activeOn: '2026-13-01' },
      { cursor: 'garbage' },
    ];
    for (const query of refused) {
      const response = await titles(query);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('lists titles matched by title only for staff to review', async () => {
    expect((await api.http().get('/titles/uncertain-matches')).status).toBe(401);
    const response = await api.http().get('/titles/uncertain-matches').set(api.as(TOKENS.associate)).set('X-Min-Position', String(position));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      {
        filingKey: 'science',
        titles: [
          expect.objectContaining({ resourceId: 'pkg-a', key: 'issn:0036-8075', identifiers: ['issn:0036-8075'] }),
          expect.objectContaining({ resourceId: 'pkg-b', key: 'id:B-17', identifiers: [] }),
        ],
      },
    ]);
  });

  it('reads the active holdings for the export: every active package title of packages not hidden, in filing, package and key order', async () => {
    const reader = api.app.get(ActiveHoldingsReader);
    const held: string[] = [];
    for await (const { resourceId, packageName, title: heldTitle } of reader.activeTitles('2026-02-15', new Date().toISOString(), position)) {
      held.push(`${heldTitle.values.publication_title} | ${packageName} | ${resourceId} | ${heldTitle.key} | ${heldTitle.coverage.length}`);
    }
    expect(held).toEqual([
      'Nature | Alpha Journals | pkg-a | issn:1476-4687 | 1',
      'Nature | Beta Collection | pkg-b | issn:1476-4687 | 1',
      'Science | Alpha Journals | pkg-a | issn:0036-8075 | 1',
      'The Theory of Tests | Alpha Journals | pkg-a | isbn:9780306406157 | 1',
    ]);
  });
});
