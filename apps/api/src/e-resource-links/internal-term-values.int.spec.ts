import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppModule } from '../app.module';

/**
 * A licence like FOLIO's "License 1" (folio-org/mod-licenses sample data, Apache-2.0): its ILL value is marked
 * internal, another term's value is public. The internal value (its content and both notes) reaches licence staff
 * only, marked; the desk, student assistants, the public A-Z (JSON, page, CSV) and the e-resource view never see it.
 */
describe('a term value marked internal, over HTTP (real SQLite)', () => {
  const RESOURCE = 'folio/license-1-db';
  const INTERNAL_NOTE = 'Zq7-INTERNAL: ILL only through the consortium hub, clause 9.3';
  const PUBLIC_NOTE_OF_INTERNAL = 'Zq7-PUBLIC-OF-INTERNAL: ask for a secure copy';
  const INTERNAL_CONTENT = 'permitted-explicit-under-conditions';
  const INTERNAL_LABEL = 'under conditions';
  const PUBLIC_NOTE = 'Course reserves: link, do not copy';
  const LEAKS = [INTERNAL_NOTE, PUBLIC_NOTE_OF_INTERNAL, INTERNAL_CONTENT, INTERNAL_LABEL, 'Zq7'];

  let api: TestApi;
  let licenceId: string;
  let position = 0;

  const expectNoLeak = (text: string) => {
    for (const leak of LEAKS) expect(text).not.toContain(leak);
  };
  const get = (path: string, token?: string) => {
    const request = api.http().get(path).set('X-Min-Position', String(position));
    return token === undefined ? request : request.set(api.as(token));
  };
  const write = async (request: PromiseLike<{ status: number; body: { position?: number } }>, status: number) => {
    const response = await request;
    expect(response.status).toBe(status);
    position = Math.max(position, response.body.position ?? 0);
    return response;
  };
  const permittedUses = (token: string) => get(`/e-resources/${encodeURIComponent(RESOURCE)}/permitted-uses`, token);
  const illOf = (body: { licences: { term: { key: string } | null }[] }) => body.licences.find((use) => use.term?.key === 'ill-electronic');

  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] });
    const as = api.as(TOKENS.associate);
    const post = (path: string, body: object) => api.http().post(path).set(as).send(body);
    const drafted = await write(post('/licences', { name: 'License 1', licensor: 'Licensor A', type: 'local', resourceIds: [RESOURCE] }), 201);
    licenceId = (drafted.body as { id: string }).id;
    await write(
      post(`/licences/${licenceId}/versions`, {
        kind: 'original',
        label: 'License 1',
        effectiveFrom: '2020-01-01',
        effectiveTo: null,
        terms: {
          'ill-electronic': { value: INTERNAL_CONTENT, internal: true, internalNote: INTERNAL_NOTE, publicNote: PUBLIC_NOTE_OF_INTERNAL },
          'course-reserves-electronic': { value: 'permitted-explicit', publicNote: PUBLIC_NOTE },
        },
      }),
      201,
    );
    await write(post(`/licences/${licenceId}/status-transitions`, { to: 'active' }), 200);
    await write(
      post('/e-resources', { id: RESOURCE, name: 'License One Database', resourceType: 'database', accessUrl: 'https://license-1.example.org/' }),
      201,
    );
    await write(
      post(`/e-resources/${encodeURIComponent(RESOURCE)}/activations`, {
        effectiveFrom: '2020-01-01',
        accessKind: 'subscription',
        audience: 'everyone',
        reason: 'Subscribed',
      }),
      201,
    );
    // Licence staff read the licences read model once it reflects every write: the public reads below see the same.
    expect(illOf((await permittedUses(TOKENS.librarian).expect(200)).body)).toBeDefined();
  });
  afterAll(() => api.close());

  it.each([['student'], ['desk']] as const)('permitted uses as %s: the ILL use is withheld, without its content or notes', async (role) => {
    const response = await permittedUses(TOKENS[role]).expect(200);
    expectNoLeak(response.text);
    expect(illOf(response.body)).toMatchObject({ value: null, valueLabel: 'No public answer: ask the licensing staff', withheld: true });
    expect(response.text).toContain(PUBLIC_NOTE);
  });

  it('permitted uses as the librarian: the ILL value with its public note, marked internal', async () => {
    const response = await permittedUses(TOKENS.librarian).expect(200);
    expect(illOf(response.body)).toMatchObject({ value: INTERNAL_CONTENT, publicNote: PUBLIC_NOTE_OF_INTERNAL, internal: true });
  });

  it('the public A-Z as JSON: the public note of the licence, nothing of the internal value', async () => {
    const response = await get('/a-z').expect(200);
    expect(response.text).toContain(PUBLIC_NOTE);
    expectNoLeak(response.text);
  });

  it('the public A-Z page (text/html): nothing of the internal value', async () => {
    const response = await get('/a-z').set('Accept', 'text/html').expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('License One Database');
    expectNoLeak(response.text);
  });

  it('the A-Z CSV export: nothing of the internal value', async () => {
    const response = await get('/a-z.csv').expect(200);
    expect(response.text).toContain('License One Database');
    expectNoLeak(response.text);
  });

  it.each([['student'], ['desk']] as const)("the e-resource view as %s: the licence's uses, nothing of the internal value", async (role) => {
    const response = await get(`/e-resources/${encodeURIComponent(RESOURCE)}`, TOKENS[role]).expect(200);
    expect(response.text).toContain(PUBLIC_NOTE);
    expectNoLeak(response.text);
  });

  it('the licence as the librarian reads it: the value and both notes, marked internal, in its version and in the terms in force', async () => {
    const response = await get(`/licences/${licenceId}`, TOKENS.librarian).expect(200);
    const shown = { key: 'ill-electronic', value: INTERNAL_CONTENT, internal: true, internalNote: INTERNAL_NOTE, publicNote: PUBLIC_NOTE_OF_INTERNAL };
    expect(response.body.versions[0].terms).toContainEqual(expect.objectContaining(shown));
    expect(response.body.termsInForceToday.terms).toContainEqual(expect.objectContaining(shown));
    expect(response.body.versions[0].terms).toContainEqual(expect.not.objectContaining({ key: 'course-reserves-electronic', internal: true }));
  });

  it("the licence's terms as the librarian reads them: the ILL value marked internal", async () => {
    const response = await get(`/licences/${licenceId}/terms`, TOKENS.librarian).expect(200);
    expect(response.body.terms).toContainEqual(
      expect.objectContaining({ key: 'ill-electronic', value: INTERNAL_CONTENT, internal: true, internalNote: INTERNAL_NOTE }),
    );
  });
});
