import iconv from 'iconv-lite';
import { TestApi } from '@era/api-testing';
import { startTestApi } from '@era/api-testing';
import { AppendMetadata } from '@era/event-store';
import { titleActivationStream } from '@era/holdings-domain';
import { KBART_COLUMNS } from '@era/kbart';
import { titleAzProjection } from '@era/projection-title-a-z';
import { ExportKbartModule } from './export-kbart/export-kbart.module';
import { TITLE_LIST_UPLOAD_ROUTE } from './import-title-list/upload-route';
import { importFile, registerResource, titleListEventsOf } from './testing/title-list-api';
import { TitleListsModule } from './title-lists.module';

const associate: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c-export', causationId: 'c-export', source: 'api' };

/** A vendor's file as they come: Latin-1, CRLF, Phase I names, a title in two ranges, a lower-case x, an ISBN-10, a prose embargo, a rejected row. */
const VENDOR_FILE = iconv.encode(
  [
    'Title\tISSN\teISSN\tdate_first_issue_online\tdate_last_issue_online\ttitle_id\tembargo_info\tpublication_type\tcoverage_notes',
    'Revista de Economía\t0378-5955\t2049-369x\t1998\t2003\trev-eco\t\tserial\tgap 2004',
    'Revista de Economía\t0378-5955\t2049-369x\t2005\t\trev-eco\t1 year embargo\tserial\t',
    'A Book of Monographs\t0-306-40615-2\t\t\t\tbook-1\t\tmonograph\t',
    'Zeitschrift für Tests\t\t0000-0019\t01/02/2001\t\t\t\tserial\t',
    'No Identifier Quarterly\t\t\t1990\t\t\t\tserial\t',
  ].join('\r\n'),
  'latin1',
);

describe('GET /holdings/kbart over an imported and activated package', () => {
  let api: TestApi;
  const exported = async (activeOn: string) => {
    const response = await api
      .http()
      .get(`/holdings/kbart?activeOn=${activeOn}`)
      .set('X-Min-Position', String(await api.head()))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return { response, bytes: response.body as Buffer, lines: (response.body as Buffer).toString('utf8').split('\n') };
  };

  beforeAll(async () => {
    api = await startTestApi({
      features: [TitleListsModule, ExportKbartModule],
      projections: [titleAzProjection],
      upcasters: [],
      rawBodyRoutes: [TITLE_LIST_UPLOAD_ROUTE],
    });
    await registerResource(api, 'pkg-a', 'e-journal-package');
    const { job } = await importFile(api, 'pkg-a', VENDOR_FILE, { effectiveFrom: '2026-01-01' });
    expect(job?.outcome).toMatchObject({ outcome: 'imported', version: 1 });
    await api.events.append(
      titleActivationStream('pkg-a'),
      [{ type: 'WholePackageActivated', data: { resourceId: 'pkg-a', effectiveFrom: '2026-02-01', reason: 'Subscribed' } }],
      { expectedRevision: 'any', metadata: associate },
    );
  });
  afterAll(() => api.close());

  it('given a package activated whole, when its holdings are exported on a day it is active, then each title range is a row, in filing order, values normalised', async () => {
    const { response, lines } = await exported('2026-03-01');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="ERA_AllTitles_2026-03-01.txt"');
    expect(lines[0]).toBe(KBART_COLUMNS.join('\t'));
    const cells = lines.slice(1, -1).map((line) => line.split('\t'));
    const column = (name: (typeof KBART_COLUMNS)[number]) => cells.map((row) => row[KBART_COLUMNS.indexOf(name)]);
    expect(column('publication_title')).toEqual(['A Book of Monographs', 'Revista de Economía', 'Revista de Economía', 'Zeitschrift für Tests']);
    expect(column('online_identifier')).toEqual(['', '2049-369X', '2049-369X', '0000-0019']);
    expect(column('print_identifier')[0]).toBe('9780306406157');
    expect(column('embargo_info')).toEqual(['', '', 'P1Y', '']);
    expect(column('notes')[1]).toBe('gap 2004');
    expect(lines.at(-1)).toBe('');
  });

  it('given a day before the activation, when exported, then the file is the header alone', async () => {
    const { lines } = await exported('2026-01-15');
    expect(lines).toEqual([KBART_COLUMNS.join('\t'), '']);
  });

  it('given nothing recorded in between, when exported twice, then the same bytes and ETag, and 304 for a client that holds it', async () => {
    const first = await exported('2026-03-01');
    const second = await exported('2026-03-01');
    expect(Buffer.compare(first.bytes, second.bytes)).toBe(0);
    expect(second.response.headers.etag).toBe(first.response.headers.etag);
    const revalidated = await api.http().get('/holdings/kbart?activeOn=2026-03-01').set('If-None-Match', String(first.response.headers.etag));
    expect(revalidated.status).toBe(304);
  });

  it('given the export, when imported into the same package again, then the importer finds the list unchanged (the export round-trips)', async () => {
    const { bytes } = await exported('2026-03-01');
    const { job } = await importFile(api, 'pkg-a', bytes, { effectiveFrom: '2026-03-01' });
    expect(job?.outcome).toMatchObject({ outcome: 'unchanged', version: 1, summary: { rows: 4, rejected: 0, repaired: 0, titles: 3 } });
    expect((await titleListEventsOf(api, 'pkg-a')).at(-1)?.type).toBe('TitleListFoundUnchanged');
  });
});
