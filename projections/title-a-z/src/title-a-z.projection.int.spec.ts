import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { EResourceEvent, eResourceStream } from '@era/e-resources-domain';
import { HoldingsEvent, PackageTitle, titleActivationStream, titleListStream, titleTableOf } from '@era/holdings-domain';
import { ProjectionEngine, ProjectionView, replayProjection } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { activeTitlesOn, workIdsOf } from './active-titles';
import { TITLE_A_Z_COLLECTIONS } from './documents';
import { membersOf, uncertainMatches, worksWithIdentifiers } from './matches';
import { titleAzProjection } from './title-a-z.projection';

const metadata: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };

/** Recording instants, an hour apart from T(1). */
const T = (n: number) => new Date(Date.UTC(2026, 0, 1, n)).toISOString();
const justBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();

const registered = (resourceId: string, name: string, resourceType = 'e-journal-package'): EResourceEvent => ({
  type: 'EResourceRegistered',
  data: {
    resourceId,
    name,
    alternateNames: [],
    formerNames: [],
    resourceType,
    subjects: [],
    accessUrl: `https://${resourceId}.example.com/`,
    proxied: true,
    hidden: false,
  },
});

const journal = (key: string, title: string, ids: { print?: string; online?: string }, from: string, to?: string): PackageTitle => ({
  key,
  values: {
    publication_title: title,
    ...(ids.print ? { print_identifier: ids.print } : {}),
    ...(ids.online ? { online_identifier: ids.online } : {}),
    publication_type: 'serial',
  },
  coverage: [{ date_first_issue_online: from, ...(to ? { date_last_issue_online: to } : {}) }],
});

const NATURE_PRINT = journal('issn:0028-0836', 'Nature', { print: '0028-0836' }, '1990', '2010');
const NATURE_ONLINE = journal('issn:1476-4687', 'Nature', { online: '1476-4687' }, '2005');
const SCIENCE = journal('issn:0036-8075', 'Science', { print: '0036-8075' }, '2000');
const SCIENCE_NO_IDS: PackageTitle = { key: 'id:B-17', values: { publication_title: 'Science', title_id: 'B-17' }, coverage: [{}] };
const BOOK: PackageTitle = {
  key: 'isbn:9780306406157',
  values: { publication_title: 'The Theory of Tests', online_identifier: '9780306406157', publication_type: 'monograph' },
  coverage: [{ date_first_issue_online: '1999' }],
};

function listVersion(
  resourceId: string,
  version: number,
  effectiveFrom: string,
  changes: Partial<Record<'added' | 'revised', PackageTitle[]> & { removed: PackageTitle[] }>,
): HoldingsEvent[] {
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
        summary: { rows: 1, imported: 1, repaired: 0, rejected: 0, duplicates: 0, titles: 1 },
        changes: { added: changes.added?.length ?? 0, removed: changes.removed?.length ?? 0, revised: changes.revised?.length ?? 0 },
        strict: false,
      },
    },
    ...(changes.added ? [{ type: 'PackageTitlesAdded' as const, data: { resourceId, version, titles: titleTableOf(changes.added) } }] : []),
    ...(changes.revised ? [{ type: 'PackageTitlesRevised' as const, data: { resourceId, version, titles: titleTableOf(changes.revised) } }] : []),
    ...(changes.removed
      ? [
          {
            type: 'PackageTitlesRemoved' as const,
            data: { resourceId, version, titles: changes.removed.map((t) => ({ key: t.key, publication_title: t.values.publication_title })) },
          },
        ]
      : []),
  ];
}

const reference = (title: PackageTitle) => ({ key: title.key, publication_title: title.values.publication_title });

describe('title-a-z projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  let view: ProjectionView;
  let tick = 0;
  const write = async (stream: string, batch: (EResourceEvent | HoldingsEvent)[]) => {
    tick += 1;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.parse(T(tick)));
    try {
      await events.append(stream, batch, { expectedRevision: 'any', metadata });
    } finally {
      clock.mockRestore();
    }
  };

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    await write(eResourceStream('pkg-a'), [registered('pkg-a', 'Alpha Journals')]); // T1
    await write(eResourceStream('pkg-b'), [registered('pkg-b', 'Beta Collection')]); // T2
    await write(titleListStream('pkg-a'), listVersion('pkg-a', 1, '2026-01-01', { added: [NATURE_PRINT, SCIENCE, BOOK] })); // T3
    await write(titleListStream('pkg-b'), listVersion('pkg-b', 1, '2026-01-01', { added: [NATURE_ONLINE, SCIENCE_NO_IDS] })); // T4
    await write(titleActivationStream('pkg-a'), [
      { type: 'WholePackageActivated', data: { resourceId: 'pkg-a', effectiveFrom: '2026-02-01', reason: 'Bought' } },
    ]); // T5
    await write(titleActivationStream('pkg-b'), [
      { type: 'PackageTitlesActivated', data: { resourceId: 'pkg-b', effectiveFrom: '2026-03-01', reason: 'Chosen', titles: [reference(NATURE_ONLINE)] } },
    ]); // T6
    await write(titleActivationStream('pkg-a'), [
      { type: 'PackageTitlesDeactivated', data: { resourceId: 'pkg-a', effectiveOn: '2026-04-01', reason: 'Cancelled', titles: [reference(SCIENCE)] } },
    ]); // T7
    // Version 2 of B: Nature now with both ISSNs (linking A's print-only work to B's online-only one).
    const natureBoth = journal('issn:1476-4687', 'Nature', { print: '0028-0836', online: '1476-4687' }, '2005');
    await write(titleListStream('pkg-b'), listVersion('pkg-b', 2, '2026-05-01', { revised: [natureBoth] })); // T8
    await write(titleListStream('pkg-a'), listVersion('pkg-a', 2, '2026-05-01', { removed: [BOOK] })); // T9
    await write(titleActivationStream('pkg-a'), [
      { type: 'WholePackageDeactivated', data: { resourceId: 'pkg-a', effectiveOn: '2026-06-01', reason: 'Ended' } },
    ]); // T10
    await write(eResourceStream('pkg-b'), [{ type: 'EResourceHidden', data: { resourceId: 'pkg-b', reason: 'Staff only' } }]); // T11
    scratch = new SqliteReadStore({ file: ':memory:' });
    ({ view } = await replayProjection(events, scratch, titleAzProjection, {}));
  });
  afterAll(async () => {
    await scratch.close();
    events.close();
  });

  const active = async (activeOn: string, knownAt: string) =>
    (await activeTitlesOn(view, { activeOn, knownAt })).map(({ title }) => `${title.resourceId} ${title.key}`).sort();

  it('answers which package titles were active on a day as recorded at an instant', async () => {
    // Before the whole-package activation was recorded, nothing; after, from its effective day.
    expect(await active('2026-02-15', justBefore(T(5)))).toEqual([]);
    expect(await active('2026-01-31', T(5))).toEqual([]);
    expect(await active('2026-02-15', T(5))).toEqual(['pkg-a isbn:9780306406157', 'pkg-a issn:0028-0836', 'pkg-a issn:0036-8075']);
    // B's Nature chosen from 1 March; B's other title never activated.
    expect(await active('2026-03-01', T(6))).toEqual(['pkg-a isbn:9780306406157', 'pkg-a issn:0028-0836', 'pkg-a issn:0036-8075', 'pkg-b issn:1476-4687']);
    // Science deactivated from 1 April: still active that day as known before the deactivation was recorded.
    expect(await active('2026-04-02', justBefore(T(7)))).toContain('pkg-a issn:0036-8075');
    expect(await active('2026-04-02', T(7))).not.toContain('pkg-a issn:0036-8075');
    expect(await active('2026-03-31', T(7))).toContain('pkg-a issn:0036-8075');
  });

  it('lists a title until the version that removes it takes effect, and ends title activations with the whole package', async () => {
    expect(await active('2026-04-30', T(9))).toContain('pkg-a isbn:9780306406157');
    expect(await active('2026-05-01', T(9))).not.toContain('pkg-a isbn:9780306406157');
    expect(await active('2026-05-01', justBefore(T(9)))).toContain('pkg-a isbn:9780306406157');
    expect(await active('2026-06-01', T(10))).toEqual(['pkg-b issn:1476-4687']);
  });

  it("keeps each list version's values: a revision shows from its effective day, the earlier values before it", async () => {
    const natureOf = async (activeOn: string) =>
      (await activeTitlesOn(view, { activeOn, knownAt: T(10) })).find(({ title }) => title.ref === 'pkg-b|issn:1476-4687')?.title.identifiers;
    expect(await natureOf('2026-04-15')).toEqual(['issn:1476-4687']);
    expect(await natureOf('2026-05-15')).toEqual(['issn:0028-0836', 'issn:1476-4687']);
  });

  it('leaves titles of hidden packages out unless asked, as hidden from the recording of the hiding', async () => {
    expect(await active('2026-06-01', T(11))).toEqual([]);
    expect((await activeTitlesOn(view, { activeOn: '2026-06-01', knownAt: T(11) }, { includeHidden: true })).map((a) => a.title.ref)).toEqual([
      'pkg-b|issn:1476-4687',
    ]);
  });

  it('matches titles across packages by ISSN, merging works a title links, and lists title-only matches for review', async () => {
    const [work] = await worksWithIdentifiers(view, ['issn:1476-4687']);
    expect(await worksWithIdentifiers(view, ['issn:0028-0836'])).toEqual([work]);
    expect(work).toBe('work:issn:0028-0836');
    expect(await membersOf(view, [work])).toEqual(['pkg-a|issn:0028-0836', 'pkg-b|issn:1476-4687']);
    const works = await workIdsOf(view, ['pkg-a|issn:0036-8075', 'pkg-b|id:B-17']);
    expect(works.get('pkg-a|issn:0036-8075')).not.toBe(works.get('pkg-b|id:B-17'));
    expect((await uncertainMatches(view, { limit: 10 })).items).toEqual([
      {
        filingKey: 'science',
        titles: [
          { resourceId: 'pkg-a', key: 'issn:0036-8075', title: 'Science', workId: 'work:issn:0036-8075', identifiers: ['issn:0036-8075'] },
          { resourceId: 'pkg-b', key: 'id:B-17', title: 'Science', workId: 'title:pkg-b|id:B-17', identifiers: [] },
        ],
      },
    ]);
  });

  it('builds the same read models event by event, in batches of one, as a rebuild in one pass', async () => {
    const live = new SqliteReadStore({ file: ':memory:' });
    const engine = new ProjectionEngine(events, live, [titleAzProjection], { batchSize: 1, retry: { baseMs: 20, capMs: 100 }, decisionPollMs: 20 });
    try {
      await engine.start();
      expect(await engine.waitFor(await events.headPosition(), 5000)).toBe(true);
      const incremental = await engine.view(titleAzProjection.name);
      for (const collection of Object.values(TITLE_A_Z_COLLECTIONS)) {
        const all = async (v: ProjectionView) => {
          const documents: ReadDocument[] = [];
          for await (const document of v.findAll(collection)) documents.push(document);
          return documents;
        };
        const rebuilt = await all(view);
        expect(rebuilt.length).toBeGreaterThan(0);
        expect(await all(incremental)).toEqual(rebuilt);
      }
    } finally {
      await engine.stop();
      await live.close();
    }
  });
});
