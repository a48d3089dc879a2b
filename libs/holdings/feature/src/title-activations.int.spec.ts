import { join } from 'node:path';
import { collect, filesUnder, TestApi, TOKENS } from '@era/api-testing';
import { MAX_KEYS_PER_EVENT, PackageTitlesActivated, titleActivationStream } from '@era/holdings-domain';
import { issn, monograph, seedResource, seedTitleList, serial, startTitleActivationsApi } from './testing/title-activations-api';

const PACKAGE = 'springer/journals';
const WHOLE = 'whole-pkg';
const LARGE = 'large-pkg';
const path = (id: string, rest: string) => `/e-resources/${encodeURIComponent(id)}${rest}`;

const NATURE = serial('NAT', 'Nature', '1476-4687', '0028-0836');
const ASTRONOMY = serial('AA', 'Annals of Astronomy', issn('1111111'));
const BOTANY = serial('BR', 'The Botanical Review', issn('2222222'));
const CHEMISTRY = serial('CL', 'Chemistry Letters', issn('3333333'));
const BOOK = monograph('9780306406157', 'A Book of Numbers');
/** A journal and its supplement, sharing the journal's print ISSN. */
const JOURNAL = serial('JX', 'Journal of X', issn('4444444'), issn('5555555'));
const SUPPLEMENT = serial('JXS', 'Journal of X Supplement', issn('6666666'), issn('5555555'));
const MANY = Array.from({ length: 2 * MAX_KEYS_PER_EVENT + 500 }, (_, i) => serial(`T${String(i).padStart(5, '0')}`, `Title ${i}`, issn(String(1000000 + i))));

/**
 * Selective activation through real HTTP and SQLite: titles named by ISSN, ISBN or key, lists uploaded as text or
 * KBART, deactivations, the whole package; every refusal a problem with nothing appended.
 */
describe('title activations (real SQLite and HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTitleActivationsApi({ MAX_DOCUMENT_BYTES: String(1024 * 1024) });
    await seedResource(api, PACKAGE);
    await seedTitleList(api, PACKAGE, [NATURE, ASTRONOMY, BOTANY, CHEMISTRY, BOOK, JOURNAL, SUPPLEMENT]);
    await seedResource(api, WHOLE, 'e-book-collection');
    await seedTitleList(api, WHOLE, [NATURE, BOOK]);
    await seedResource(api, LARGE);
    await seedTitleList(api, LARGE, MANY);
    await seedResource(api, 'a-database', 'database');
  });
  afterAll(() => api.close());

  const post = (route: string, body: object, token: string = TOKENS.associate) => api.http().post(route).set(api.as(token)).send(body);
  const upload = (id: string, kind: 'activations' | 'deactivations', query: string, text: string, contentType = 'text/plain') =>
    api
      .http()
      .post(path(id, `/title-${kind}/upload?${query}`))
      .set(api.as(TOKENS.associate))
      .set('Content-Type', contentType)
      .send(Buffer.from(text, 'utf8'));
  const stream = async (id: string) => collect(api.events.readStream(titleActivationStream(id)));
  const keysOf = (data: unknown) => (data as PackageTitlesActivated).titles.map((title) => title.key);
  const uploadOf = (data: unknown) => (data as PackageTitlesActivated).upload;

  /** A refusal: a 4xx problem naming the rule, and nothing appended anywhere. */
  async function expectRefused(
    request: () => PromiseLike<{ status: number; headers: Record<string, string>; body: { type?: string } }>,
    status: number,
    rule: string,
  ) {
    const head = await api.head();
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toContain(rule);
    expect(await api.head()).toBe(head);
    return response;
  }

  it('activates titles named by ISSN in any form, ISBN-10 and title key; the staff member recorded', async () => {
    const response = await post(path(PACKAGE, '/title-activations'), {
      titles: ['14764687', '0-306-40615-2', 'id:AA', '0028-0836'],
      effectiveFrom: '2026-02-01',
      reason: 'Titles bought in the 2026 deal',
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ resourceId: PACKAGE, activated: 3, events: 1, position: await api.head() });
    const [event] = await stream(PACKAGE);
    expect(event.type).toBe('PackageTitlesActivated');
    expect(event.data).toMatchObject({ resourceId: PACKAGE, effectiveFrom: '2026-02-01', reason: 'Titles bought in the 2026 deal' });
    expect(keysOf(event.data)).toEqual(['id:AA', 'id:NAT', 'isbn:9780306406157']);
    expect(event.metadata.actor).toMatchObject({ role: 'associate' });
    expect(event.metadata.reason).toBe('Titles bought in the 2026 deal');
  });

  it('answers the same activation again with 200 and records nothing', async () => {
    const head = await api.head();
    const response = await post(path(PACKAGE, '/title-activations'), {
      titles: ['id:AA'],
      effectiveFrom: '2026-02-01',
      reason: 'Titles bought in the 2026 deal',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ activated: 0, events: 0 });
    expect(await api.head()).toBe(head);
  });

  it('refuses identifiers that name no title of the package, listing them (422 unknown-titles)', async () => {
    const response = await expectRefused(
      () => post(path(PACKAGE, '/title-activations'), { titles: ['id:AA', '9999-9999', 'NOT-A-TITLE'], effectiveFrom: '2026-02-01', reason: 'r' }),
      422,
      'unknown-titles',
    );
    expect(response.body).toMatchObject({ unknown: ['9999-9999', 'NOT-A-TITLE'], count: 2 });
  });

  it('refuses an identifier that names two titles of the package (422 ambiguous-titles), naming both', async () => {
    const response = await expectRefused(
      () => post(path(PACKAGE, '/title-activations'), { titles: [issn('5555555')], effectiveFrom: '2026-02-01', reason: 'r' }),
      422,
      'ambiguous-titles',
    );
    expect(response.body).toMatchObject({ ambiguous: [{ identifier: issn('5555555'), keys: ['id:JX', 'id:JXS'] }] });
  });

  it('refuses an unknown package (404) and an e-resource that is not a package (422 not-a-package)', async () => {
    await expectRefused(
      () => post(path('no-such', '/title-activations'), { wholePackage: true, effectiveFrom: '2026-02-01', reason: 'r' }),
      404,
      'package-not-found',
    );
    await expectRefused(
      () => post(path('a-database', '/title-activations'), { wholePackage: true, effectiveFrom: '2026-02-01', reason: 'r' }),
      422,
      'not-a-package',
    );
  });

  it('refuses a body that is not one selection, or not a real date, with 400', async () => {
    await expectRefused(
      () => post(path(PACKAGE, '/title-activations'), { wholePackage: true, titles: ['id:AA'], effectiveFrom: '2026-02-01', reason: 'r' }),
      400,
      'validation',
    );
    await expectRefused(() => post(path(PACKAGE, '/title-activations'), { effectiveFrom: '2026-02-01', reason: 'r' }), 400, 'validation');
    await expectRefused(() => post(path(PACKAGE, '/title-activations'), { titles: ['id:AA'], effectiveFrom: '2026-02-30', reason: 'r' }), 400, 'validation');
    await expectRefused(
      () => post(path(PACKAGE, '/title-activations'), { titles: Array(1001).fill('id:AA'), effectiveFrom: '2026-02-01', reason: 'r' }),
      400,
      'validation',
    );
  });

  it('lets only e-resource editors activate', async () => {
    await expectRefused(
      () => post(path(PACKAGE, '/title-activations'), { titles: ['id:BR'], effectiveFrom: '2026-02-01', reason: 'r' }, TOKENS.student),
      403,
      'forbidden',
    );
  });

  it('deactivates one title, and refuses one not active on the day or before its activation (422)', async () => {
    const response = await post(path(PACKAGE, '/title-deactivations'), { titles: ['1476-4687'], effectiveOn: '2026-06-01', reason: 'Cancelled' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ resourceId: PACKAGE, deactivated: 1, events: 1 });
    const events = await stream(PACKAGE);
    expect(events.at(-1)?.type).toBe('PackageTitlesDeactivated');
    expect(keysOf(events.at(-1)?.data)).toEqual(['id:NAT']);
    await expectRefused(
      () => post(path(PACKAGE, '/title-deactivations'), { titles: ['id:BR'], effectiveOn: '2026-06-01', reason: 'Cancelled' }),
      422,
      'titles-not-active',
    );
    await expectRefused(
      () => post(path(PACKAGE, '/title-deactivations'), { titles: ['id:AA'], effectiveOn: '2026-01-01', reason: 'Cancelled' }),
      422,
      'deactivation-before-activation',
    );
  });

  it('activates and deactivates the whole package, refusing an overlap and a deactivation with none in force', async () => {
    await expectRefused(
      () => post(path(WHOLE, '/title-deactivations'), { wholePackage: true, effectiveOn: '2026-03-01', reason: 'r' }),
      422,
      'no-whole-package-activation',
    );
    const activated = await post(path(WHOLE, '/title-activations'), { wholePackage: true, effectiveFrom: '2026-02-01', reason: 'Subscribed' });
    expect(activated.status).toBe(201);
    expect(activated.body).toMatchObject({ resourceId: WHOLE, wholePackage: true, activated: 2, events: 1 });
    expect((await post(path(WHOLE, '/title-activations'), { wholePackage: true, effectiveFrom: '2026-02-01', reason: 'Subscribed' })).status).toBe(200);
    await expectRefused(
      () => post(path(WHOLE, '/title-activations'), { wholePackage: true, effectiveFrom: '2026-05-01', reason: 'Again' }),
      422,
      'overlapping-activation',
    );
    await expectRefused(
      () => post(path(WHOLE, '/title-deactivations'), { wholePackage: true, effectiveOn: '2026-01-15', reason: 'r' }),
      422,
      'deactivation-before-activation',
    );
    const deactivated = await post(path(WHOLE, '/title-deactivations'), { wholePackage: true, effectiveOn: '2026-09-01', reason: 'Cancelled' });
    expect(deactivated.status).toBe(201);
    expect((await stream(WHOLE)).map((event) => event.type)).toEqual(['WholePackageActivated', 'WholePackageDeactivated']);
  });

  describe('uploaded lists', () => {
    const documents = () => filesUnder(join(api.dataDir, 'documents'));

    it('activates the titles a text list names (BOM, CRLF, blank lines and comments), keeping the list as a document the event names', async () => {
      const list = `\uFEFF# Titles bought in 2026\r\n${issn('2222222')}\r\n\r\n  978-0-306-40615-7 \r\n`;
      const response = await upload(PACKAGE, 'activations', 'effectiveFrom=2026-03-01&reason=Deal%202026&fileName=bought.txt', list);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ activated: 1, events: 1, list: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const event = (await stream(PACKAGE)).at(-1);
      expect(keysOf(event?.data)).toEqual(['id:BR']);
      expect(event?.data).toMatchObject({ upload: { list: { sha256: response.body.list, fileName: 'bought.txt' }, part: 1, parts: 1 } });
      expect(documents().some((file) => file.includes(response.body.list))).toBe(true);
    });

    it('reads a KBART file by its identifier columns', async () => {
      const kbart = ['publication_title\tprint_identifier\tonline_identifier\ttitle_id', `Chemistry Letters\t\t${issn('3333333')}\tCL`].join('\n');
      const response = await upload(PACKAGE, 'activations', 'effectiveFrom=2026-03-01&reason=From%20the%20vendor', kbart, 'text/tab-separated-values');
      expect(response.status).toBe(201);
      expect(keysOf((await stream(PACKAGE)).at(-1)?.data)).toEqual(['id:CL']);
    });

    it('refuses a list with unknown identifiers, storing nothing', async () => {
      const before = documents();
      await expectRefused(() => upload(PACKAGE, 'activations', 'effectiveFrom=2026-03-01&reason=r', 'id:CL\n0000-0000\n'), 422, 'unknown-titles');
      expect(documents()).toEqual(before);
    });

    it('splits a large list into events of at most MAX_KEYS_PER_EVENT titles, each naming its part of the list', async () => {
      const list = MANY.map((title) => title.values.online_identifier).join('\n');
      const response = await upload(LARGE, 'activations', 'effectiveFrom=2026-04-01&reason=Everything%20but', list);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ activated: MANY.length, events: 3 });
      const events = await stream(LARGE);
      expect(events.map((event) => keysOf(event.data).length)).toEqual([MAX_KEYS_PER_EVENT, MAX_KEYS_PER_EVENT, 500]);
      expect(events.map((event) => uploadOf(event.data)?.part)).toEqual([1, 2, 3]);
      expect(events.flatMap((event) => keysOf(event.data))).toEqual(MANY.map((title) => title.key));
      expect(events.every((event) => (event.metadata.actor as { role: string }).role === 'associate')).toBe(true);

      const again = await upload(LARGE, 'activations', 'effectiveFrom=2026-04-01&reason=Everything%20but', list);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ activated: 0, events: 0 });
    });

    it('deactivates the titles an uploaded list names', async () => {
      const response = await upload(LARGE, 'deactivations', 'effectiveOn=2026-07-01&reason=Dropped', `# dropped\n${MANY[0].key}\n${MANY[1].values.title_id}\n`);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ deactivated: 2, events: 1 });
      expect(keysOf((await stream(LARGE)).at(-1)?.data)).toEqual([MANY[0].key, MANY[1].key]);
    });

    it('refuses a list over the size limit with 413, storing nothing', async () => {
      const before = documents();
      const tooLarge = `${'1476-4687\n'.repeat(120_000)}`;
      await expectRefused(() => upload(PACKAGE, 'activations', 'effectiveFrom=2026-03-01&reason=r', tooLarge), 413, 'list-too-large');
      expect(documents()).toEqual(before);
    });

    it('refuses an empty list with 400', async () => {
      await expectRefused(() => upload(PACKAGE, 'activations', 'effectiveFrom=2026-03-01&reason=r', '# nothing here\n'), 400, 'no-titles-selected');
    });
  });
});
