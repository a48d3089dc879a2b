import { Injectable, Module } from '@nestjs/common';
import { startTestApi, TestApi } from '@era/api-testing';
import { PackageTitle } from '@era/holdings-domain';
import { KBART_COLUMNS, normaliseRow, readTitleList } from '@era/kbart';
import { ActiveHolding, ActiveHoldingsReader } from '../title-a-z/active-holdings-reader';
import { HoldingsFingerprint } from './holdings-fingerprint';
import { KBART_INSTITUTION } from './kbart-institution';
import { ExportKbartController } from './export-kbart.controller';
import { ExportKbartHandler } from './export-kbart.handler';

const journal: PackageTitle = {
  key: 'id:jrt',
  values: { publication_title: 'Journal of Round Trips', online_identifier: '2049-369X', title_id: 'jrt', publication_type: 'serial' },
  coverage: [
    { date_first_issue_online: '1998', date_last_issue_online: '2003-12' },
    { date_first_issue_online: '2005-01-15', embargo_info: 'P1Y', notes: 'line\nbreak' },
  ],
};
const book: PackageTitle = {
  key: 'isbn:9781861972712',
  values: { publication_title: 'Monographs', online_identifier: '9781861972712', publication_type: 'monograph' },
  coverage: [{ coverage_depth: 'fulltext' }],
};

/** Holdings as the title A-Z's reader gives them (in the export's order); which day was asked, and a state the test moves on. */
@Injectable()
class GivenHoldings implements Pick<ActiveHoldingsReader, 'activeTitles'> {
  static asked: string[] = [];
  static state = 'p-1';
  static failing = false;
  static holdings: ActiveHolding[] = [
    { resourceId: 'pkg-a', packageName: 'Package A', title: book },
    { resourceId: 'pkg-a', packageName: 'Package A', title: journal },
    { resourceId: 'pkg-b', packageName: 'Package B', title: journal },
  ];

  async *activeTitles(activeOn: string): AsyncIterable<ActiveHolding> {
    GivenHoldings.asked.push(activeOn);
    if (GivenHoldings.failing) throw new Error('read model unavailable');
    yield* GivenHoldings.holdings;
  }
}

const givenFingerprint: Pick<HoldingsFingerprint, 'of'> = { of: async () => GivenHoldings.state };

@Module({
  controllers: [ExportKbartController],
  providers: [
    ExportKbartHandler,
    { provide: ActiveHoldingsReader, useClass: GivenHoldings },
    { provide: HoldingsFingerprint, useValue: givenFingerprint },
    { provide: KBART_INSTITUTION, useValue: 'Tübingen UL' },
  ],
})
class ExportKbartTestModule {}

describe('GET /holdings/kbart', () => {
  let api: TestApi;
  const get = (path: string) =>
    api
      .http()
      .get(path)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    api = await startTestApi({ features: [ExportKbartTestModule], projections: [], upcasters: [] });
  });
  afterAll(() => api.close());

  it('given active holdings, when anyone asks without signing in, then they get a KBART Phase II file: one row per coverage range, as an attachment named by institution and day', async () => {
    const response = await get('/holdings/kbart?activeOn=2026-03-01');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/tab-separated-values; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="T_bingen_UL_AllTitles_2026-03-01.txt"');
    const lines = (response.body as Buffer).toString('utf8').split('\n');
    expect(lines[0]).toBe(KBART_COLUMNS.join('\t'));
    expect(lines.slice(1).map((line) => line.split('\t').slice(0, 4))).toEqual([
      ['Monographs', '', '9781861972712', ''],
      ['Journal of Round Trips', '', '2049-369X', '1998'],
      ['Journal of Round Trips', '', '2049-369X', '2005-01-15'],
      ['Journal of Round Trips', '', '2049-369X', '1998'],
      ['Journal of Round Trips', '', '2049-369X', '2005-01-15'],
      [''],
    ]);
    expect(GivenHoldings.asked.at(-1)).toBe('2026-03-01');
  });

  it('given the same holdings, when asked twice, then the bytes are the same, and a client holding its ETag gets 304', async () => {
    const first = await get('/holdings/kbart?activeOn=2026-03-01');
    const second = await get('/holdings/kbart?activeOn=2026-03-01');
    expect(Buffer.compare(first.body as Buffer, second.body as Buffer)).toBe(0);
    expect(first.headers.etag).toEqual(second.headers.etag);
    const revalidated = await api.http().get('/holdings/kbart?activeOn=2026-03-01').set('If-None-Match', String(first.headers.etag));
    expect(revalidated.status).toBe(304);
  });

  it('given holdings that have changed, when a client revalidates its ETag, then it gets the new file', async () => {
    const before = await get('/holdings/kbart?activeOn=2026-03-02');
    GivenHoldings.state = 'p-2';
    const after = await api.http().get('/holdings/kbart?activeOn=2026-03-02').set('If-None-Match', String(before.headers.etag));
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toEqual(before.headers.etag);
  });

  it('given no activeOn, when asked, then the holdings of today in the library time zone are exported', async () => {
    const response = await get('/holdings/kbart');
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers['content-disposition']).toContain(`_AllTitles_${today}.txt`);
    expect(GivenHoldings.asked.at(-1)).toBe(today);
  });

  it.each(['2026-13-01', '01/03/2026', '2026-02-30'])('given activeOn %s, when asked, then 400 problem+json', async (activeOn) => {
    const response = await api.http().get(`/holdings/kbart?activeOn=${encodeURIComponent(activeOn)}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('given the export, when read back by the importer, then each row gives its title values and range, nothing repaired or refused', async () => {
    const response = await get('/holdings/kbart?activeOn=2026-03-01');
    const reading = await readTitleList(new Uint8Array(response.body as Buffer));
    const values = [];
    for await (const row of reading.rows) {
      const normalised = normaliseRow(row.fields, row.line);
      expect([...normalised.problems, ...normalised.repairs]).toEqual([]);
      values.push(normalised.values);
    }
    expect(values.slice(0, 3)).toEqual([
      { ...book.values, ...book.coverage[0] },
      { ...journal.values, ...journal.coverage[0] },
      { ...journal.values, ...journal.coverage[1], notes: 'line break' },
    ]);
  });

  it('given a reader that fails at once, when asked, then an error answer, not a 200 file cut short', async () => {
    GivenHoldings.failing = true;
    try {
      const response = await api.http().get('/holdings/kbart?activeOn=2026-03-03');
      expect(response.status).toBe(500);
      expect(response.headers['content-type']).toContain('application/problem+json');
    } finally {
      GivenHoldings.failing = false;
    }
  });
});
