import { TestApi, TOKENS } from '@era/api-testing';
import { finishedJob, importFile, registerResource, startTitleListApi, titleListEventsOf } from './testing/title-list-api';
import { GARBAGE, latin1WithCrAndRenamedHeader, NO_IDENTIFIER_COLUMNS, SPRING_ROWS, SUMMER_ROWS, utf8WithBom } from './testing/title-list-fixtures';

const PACKAGE = 'springer/journals';

describe('importing a package’s KBART title list through HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTitleListApi();
    await registerResource(api, PACKAGE, 'e-journal-package');
    await registerResource(api, 'jstor', 'database');
  });
  afterAll(() => api.close());

  it('given a package, when the spring list (UTF-8 with BOM, CRLF, one invalid ISSN) is posted, then 202 with a job that ends imported as version 1', async () => {
    const { accepted, job } = await importFile(api, PACKAGE, utf8WithBom(SPRING_ROWS), {
      fileName: 'spring.txt',
      effectiveFrom: '2026-01-01',
      reason: 'Spring edition',
    });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ jobId: expect.any(String), status: expect.any(String), location: `/title-list-jobs/${accepted.body.jobId}` });
    expect(accepted.headers.location).toBe(accepted.body.location);
    expect(job).toMatchObject({
      resourceId: PACKAGE,
      status: 'done',
      progress: { phase: 'done', rows: 6 },
      outcome: {
        outcome: 'imported',
        version: 1,
        summary: { rows: 6, imported: 5, rejected: 1, duplicates: 0, titles: 4 },
        changes: { added: 4, removed: 0, revised: 0 },
      },
      reportUrl: `/title-list-jobs/${accepted.body.jobId}/report`,
    });
  });

  it('given version 1, when its report is read, then the invalid ISSN is listed with line, column, code and original value, and the header as matched', async () => {
    const { body: history } = await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/title-lists`)
      .set(api.as(TOKENS.associate))
      .expect(200);
    expect(history.versions).toEqual([
      expect.objectContaining({
        version: 1,
        effectiveFrom: '2026-01-01',
        recordedBy: 's-associate',
        reason: 'Spring edition',
        changes: { added: 4, removed: 0, revised: 0 },
      }),
    ]);
    expect(history.versions[0].file).toMatchObject({ fileName: 'spring.txt', encoding: 'utf-8', encodingSource: 'bom', phase: 'II' });
    const { body: report } = await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/title-lists/1/report`)
      .set(api.as(TOKENS.associate))
      .expect(200);
    expect(report.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 7, column: 'print_identifier', kind: 'problem', original: '1234-5670' }),
        expect.objectContaining({ line: 7, kind: 'rejected' }),
      ]),
    );
    expect(report.header.columns).toEqual(expect.arrayContaining([{ column: 'publication_title', name: 'publication_title', how: 'exact' }]));
    expect(report.truncated).toBe(0);
  });

  it('given version 1, when its report is asked as CSV, then a text/csv attachment with a row per finding', async () => {
    const response = await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/title-lists/1/report?format=csv`)
      .set(api.as(TOKENS.associate))
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const rows = response.text.trim().split('\n');
    expect(rows[0]).toBe('line,kind,column,code,message,original');
    expect(rows.some((row) => row.startsWith('7,rejected,'))).toBe(true);
  });

  it('given version 1, when its file is downloaded, then the bytes are those posted', async () => {
    const response = await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/title-lists/1/file`)
      .set(api.as(TOKENS.associate))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(response.body as Buffer, utf8WithBom(SPRING_ROWS))).toBe(0);
  });

  it('given version 1, when the package’s titles are read, then its four titles by key, Nature with two coverage ranges', async () => {
    const { body } = await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/titles`)
      .set(api.as(TOKENS.associate))
      .expect(200);
    expect(body).toMatchObject({ resourceId: PACKAGE, version: 1, effectiveFrom: '2026-01-01', total: 4 });
    expect(body.titles.map((title: { key: string }) => title.key)).toEqual(['id:etu', 'id:jmb', 'id:nat', 'id:sci']);
    expect(body.titles[2].coverage).toHaveLength(2);
    expect(body.titles[0].values.publication_title).toBe('Études de physique');
    const { body: page } = await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/titles?limit=3`)
      .set(api.as(TOKENS.associate))
      .expect(200);
    const { body: next } = await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/titles?limit=3&cursor=${page.nextCursor}`)
      .set(api.as(TOKENS.associate))
      .expect(200);
    expect([...page.titles, ...next.titles].map((title: { key: string }) => title.key)).toEqual(['id:etu', 'id:jmb', 'id:nat', 'id:sci']);
    expect(next.nextCursor).toBeUndefined();
  });

  it('given version 1, when the same file is posted again, then the outcome is unchanged and exactly one "found unchanged" record is appended', async () => {
    const before = await titleListEventsOf(api, PACKAGE);
    const { job } = await importFile(api, PACKAGE, utf8WithBom(SPRING_ROWS));
    expect(job?.outcome).toMatchObject({ outcome: 'unchanged', version: 1 });
    const after = await titleListEventsOf(api, PACKAGE);
    expect(after.slice(before.length).map((event) => event.type)).toEqual(['TitleListFoundUnchanged']);
  });

  it('given version 1, when the same titles come in Windows-1252 with CR line ends and a renamed header, then they are found unchanged', async () => {
    const { job } = await importFile(api, PACKAGE, latin1WithCrAndRenamedHeader(SPRING_ROWS));
    expect(job?.outcome).toMatchObject({ outcome: 'unchanged', version: 1 });
    const { body: history } = await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/title-lists`)
      .set(api.as(TOKENS.associate))
      .expect(200);
    expect(history.unchangedChecks.map((check: { file: { encodingSource: string } }) => check.file.encodingSource)).toEqual(['bom', 'guessed']);
  });

  it('given version 1, when a strict import has a rejected row, then refused with its report and nothing appended', async () => {
    const before = await titleListEventsOf(api, PACKAGE);
    const { job } = await importFile(api, PACKAGE, utf8WithBom(SUMMER_ROWS), { strict: 'true' });
    expect(job?.outcome).toMatchObject({ outcome: 'refused', refusal: { code: 'rows-rejected' }, summary: { rejected: 1 } });
    const { body: report } = await api.http().get(`${job?.reportUrl}`).set(api.as(TOKENS.associate)).expect(200);
    expect(report.refusal.code).toBe('rows-rejected');
    expect(await titleListEventsOf(api, PACKAGE)).toHaveLength(before.length);
  });

  it('given version 1, when a version would take effect before it, then refused and nothing appended', async () => {
    const before = await titleListEventsOf(api, PACKAGE);
    const { job } = await importFile(api, PACKAGE, utf8WithBom(SUMMER_ROWS), { effectiveFrom: '2025-12-31' });
    expect(job?.outcome).toMatchObject({ outcome: 'refused', refusal: { code: 'effective-from-before-current-version' } });
    expect(await titleListEventsOf(api, PACKAGE)).toHaveLength(before.length);
  });

  it('given version 1, when the summer list adds, removes and revises one title each, then version 2 with exactly those events', async () => {
    const before = await titleListEventsOf(api, PACKAGE);
    const { job } = await importFile(api, PACKAGE, utf8WithBom(SUMMER_ROWS), { effectiveFrom: '2026-06-01' });
    expect(job?.outcome).toMatchObject({ outcome: 'imported', version: 2, changes: { added: 1, removed: 1, revised: 1 } });
    const appended = (await titleListEventsOf(api, PACKAGE)).slice(before.length);
    expect(appended.map((event) => event.type)).toEqual(['TitleListImported', 'PackageTitlesAdded', 'PackageTitlesRemoved', 'PackageTitlesRevised']);
    expect(appended[1].data.titles?.map((title) => title.key)).toEqual(['id:tj']);
    expect(appended[2].data.titles).toEqual([{ key: 'id:sci', publication_title: 'Science' }]);
    expect(appended[3].data.titles).toEqual([
      expect.objectContaining({ key: 'id:jmb', coverage: [{ date_first_issue_online: '1959', date_last_issue_online: '2020', coverage_depth: 'fulltext' }] }),
    ]);
  });

  it('given garbage bytes, when posted, then the job ends refused with a sentence to act on, and nothing appended', async () => {
    const before = await titleListEventsOf(api, PACKAGE);
    const { accepted, job } = await importFile(api, PACKAGE, GARBAGE);
    expect(accepted.status).toBe(202);
    expect(job).toMatchObject({
      status: 'done',
      outcome: { outcome: 'refused', refusal: { code: expect.stringMatching(/^(header-not-importable|no-header)$/) } },
    });
    expect(job?.outcome?.refusal?.message).toMatch(/nothing recorded/);
    expect(await titleListEventsOf(api, PACKAGE)).toHaveLength(before.length);
  });

  it('given a header without identifier columns, when posted, then refused as not importable, naming what is missing', async () => {
    const { job } = await importFile(api, PACKAGE, NO_IDENTIFIER_COLUMNS);
    expect(job?.outcome?.refusal).toEqual({ code: 'header-not-importable', message: expect.stringMatching(/identifier column/) });
  });

  it('given a database that is not a package, when a list is posted, then 422 not-a-package and no job', async () => {
    const { accepted } = await importFile(api, 'jstor', utf8WithBom(SPRING_ROWS));
    expect(accepted.status).toBe(422);
    expect(accepted.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(accepted.body.type).toMatch(/not-a-package$/);
  });

  it('given no such e-resource, when a list is posted, then 404', async () => {
    const { accepted } = await importFile(api, 'no-such-package', utf8WithBom(SPRING_ROWS));
    expect(accepted.status).toBe(404);
    expect(accepted.body.type).toMatch(/package-not-found$/);
  });

  it('given an encoding the reader does not know, when a list is posted, then 400', async () => {
    const { accepted } = await importFile(api, PACKAGE, utf8WithBom(SPRING_ROWS), { encoding: 'ebcdic' });
    expect(accepted.status).toBe(400);
  });

  it('given a student, when a list is posted, then 403', async () => {
    await api
      .http()
      .post(`/e-resources/${encodeURIComponent(PACKAGE)}/title-lists`)
      .set(api.as(TOKENS.student))
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(403);
  });

  it('given an unknown job or version, when read, then 404', async () => {
    await api.http().get('/title-list-jobs/00000000-0000-4000-8000-000000000000').set(api.as(TOKENS.associate)).expect(404);
    await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/title-lists/9/report`)
      .set(api.as(TOKENS.associate))
      .expect(404);
    await api
      .http()
      .get(`/e-resources/${encodeURIComponent(PACKAGE)}/title-lists/x/report`)
      .set(api.as(TOKENS.associate))
      .expect(400);
  });

  it('given a finished job, when it is read again, then the same outcome', async () => {
    const { accepted, job } = await importFile(api, PACKAGE, utf8WithBom(SUMMER_ROWS));
    expect(await finishedJob(api, accepted.headers.location)).toEqual(job);
  });
});
