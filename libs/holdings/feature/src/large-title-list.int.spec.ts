import { TestApi } from '@era/api-testing';
import { DocumentStore } from '@era/document-store';
import { MAX_TITLES_PER_EVENT } from '@era/holdings-domain';
import { CommandPath, DOCUMENT_STORE } from '@era/platform';
import { createTitleListImporter } from './import-title-list/title-list-importer';
import { TitleListImportProgress } from './import-title-list/title-list-import';
import { importFile, registerResource, startTitleListApi, titleListEventsOf } from './testing/title-list-api';
import { utf8WithBom } from './testing/title-list-fixtures';

const PACKAGE = 'big-package';
const TITLES = 5_000;

/** A list of `count` journals, each with a title_id and a coverage range. */
const manyTitles = (count: number) =>
  Array.from({ length: count }, (_, i) => [
    `Journal ${i}`,
    '',
    '',
    String(1900 + (i % 100)),
    '',
    `j${String(i).padStart(5, '0')}`,
    '',
    'fulltext',
    'Press',
    'serial',
  ]);

/** Twice the 5,000-title file: it imports, a file three times as long does not. */
const LIMIT = 2 * utf8WithBom(manyTitles(TITLES)).length;

async function* inChunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('a larger title list', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTitleListApi({ MAX_TITLE_LIST_BYTES: String(LIMIT) });
    await registerResource(api, PACKAGE, 'e-book-collection');
    await registerResource(api, 'small-package', 'e-journal-package');
  });
  afterAll(() => api.close());

  it(`given ${TITLES} titles, when imported through HTTP, then one TitleListImported and the titles added in events of at most ${MAX_TITLES_PER_EVENT}, in key order`, async () => {
    const { job } = await importFile(api, PACKAGE, utf8WithBom(manyTitles(TITLES)));
    expect(job?.outcome).toMatchObject({ outcome: 'imported', version: 1, summary: { rows: TITLES, titles: TITLES } });
    const events = await titleListEventsOf(api, PACKAGE);
    expect(events[0].type).toBe('TitleListImported');
    const added = events.slice(1);
    expect(added.every((event) => event.type === 'PackageTitlesAdded' && (event.data.titles?.length ?? 0) <= MAX_TITLES_PER_EVENT)).toBe(true);
    expect(added).toHaveLength(Math.ceil(TITLES / MAX_TITLES_PER_EVENT));
    const keys = added.flatMap((event) => event.data.titles?.map((title) => title.key) ?? []);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(TITLES);
  });

  it('given the importer built by its factory with a clock that moves, when a file is imported, then progress says rows, rows per second and seconds left, then recording', async () => {
    let now = 0;
    const importer = createTitleListImporter({
      commands: api.app.get(CommandPath),
      documents: api.app.get<DocumentStore>(DOCUMENT_STORE),
      timeZone: 'UTC',
      maxBytes: 10 * 1024 * 1024,
      clock: () => (now += 100),
    });
    const bytes = utf8WithBom(manyTitles(TITLES).reverse());
    const progress: TitleListImportProgress[] = [];
    const outcome = await importer.import(
      { resourceId: PACKAGE, content: inChunks(bytes, 16 * 1024), totalBytes: bytes.length, effectiveFrom: '2030-01-01' },
      { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'cli' },
      (report) => progress.push(report),
    );
    expect(outcome).toMatchObject({ outcome: 'unchanged', version: 1 });
    const reading = progress.filter((report) => report.phase === 'reading');
    expect(reading.length).toBeGreaterThan(0);
    expect(reading[0]).toMatchObject({
      totalBytes: bytes.length,
      rows: expect.any(Number),
      rowsPerSecond: expect.any(Number),
      secondsLeft: expect.any(Number),
    });
    expect(reading[0].rowsPerSecond).toBeGreaterThan(0);
    expect(reading.map((report) => report.rows)).toEqual([...reading.map((report) => report.rows)].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toMatchObject({ phase: 'recording', rows: TITLES });
    // The last report keeps the reading's rate (a job polled after it ends shows how fast it read).
    expect(progress[progress.length - 1].rowsPerSecond).toBeGreaterThan(0);
  });

  it('given a file over the size limit, when posted, then the job ends refused as too large and nothing is appended', async () => {
    const big = utf8WithBom(manyTitles(3 * TITLES));
    expect(big.length).toBeGreaterThan(LIMIT);
    const { job } = await importFile(api, 'small-package', big);
    expect(job?.outcome).toMatchObject({ outcome: 'refused', refusal: { code: 'file-too-large' } });
    expect(await titleListEventsOf(api, 'small-package')).toEqual([]);
  });
});
