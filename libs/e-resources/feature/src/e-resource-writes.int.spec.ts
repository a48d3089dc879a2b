import { collect, TestApi, TOKENS } from '@era/api-testing';
import { eResourceStream } from '@era/e-resources-domain';
import { aResource, registered, resourcePath, startEResourcesApi } from './testing/e-resources-api';

describe('e-resource writes and the staff view over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startEResourcesApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.associate) => api.http().post(path).set(api.as(token)).send(body);
  const view = (id: string, token: string = TOKENS.associate) => api.http().get(resourcePath(id)).set(api.as(token));
  const eventsOf = (id: string) => collect(api.events.readStream(eResourceStream(id)));
  const subscription = (overrides: Record<string, unknown> = {}) => ({
    effectiveFrom: '2026-01-01',
    accessKind: 'subscription',
    audience: 'everyone',
    reason: 'Subscribed for 2026',
    ...overrides,
  });

  /** The request is refused with problem+json of this status and type, and nothing is appended. */
  async function expectRefused(
    request: () => PromiseLike<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>,
    status: number,
    slug: string,
  ) {
    const before = await api.head();
    const response = await request();
    expect({ status: response.status, type: response.body.type }).toEqual({ status, type: expect.stringMatching(new RegExp(`/${slug}$`)) });
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
    return response;
  }

  describe('POST /e-resources', () => {
    it('registers a resource whose id holds a slash, answers its URL-encoded location, and the id round-trips', async () => {
      const response = await post('/e-resources', aResource({ id: 'ebsco/academic-search', accessUrl: 'https://search.ebscohost.com/' }));
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: 'ebsco/academic-search',
        revision: 0,
        position: expect.any(Number),
        location: '/e-resources/ebsco%2Facademic-search',
        created: true,
      });
      expect(response.headers.location).toBe('/e-resources/ebsco%2Facademic-search');
      const read = await view('ebsco/academic-search');
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        id: 'ebsco/academic-search',
        name: 'JSTOR Arts & Sciences I',
        accessUrl: 'https://search.ebscohost.com/',
        activations: [],
      });
      const [event] = await eventsOf('ebsco/academic-search');
      expect(event.metadata).toMatchObject({ actor: { id: 's-associate', role: 'associate' }, source: 'api' });
    });

    it('answers 200 with nothing new for the same registration again, 409 for the same id with other details', async () => {
      const id = await registered(api, { id: 'gale/retry-1' });
      const before = await api.head();
      const again = await post('/e-resources', aResource({ id }));
      expect({ status: again.status, created: again.body.created }).toEqual({ status: 200, created: false });
      expect(await api.head()).toBe(before);
      await expectRefused(() => post('/e-resources', aResource({ id, name: 'Gale Other' })), 409, 'resource-already-registered');
    });

    it('generates a UUID id when none is chosen', async () => {
      const response = await post('/e-resources', aResource({ id: undefined }));
      expect(response.status).toBe(201);
      expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it.each([
      ['an unknown field', { vendorPassword: 'x' }],
      ['an id with a space', { id: 'jstor arts' }],
      ['a blank name', { name: '  ' }],
      ['a resource type that is not a key', { resourceType: 'Data Base' }],
      ['an email address in the internal notes', { id: 'x-1', internalNotes: 'ask jane.doe@example.org' }],
    ])('refuses %s with 400 validation', async (_, change) => {
      await expectRefused(() => post('/e-resources', aResource(change)), 400, 'validation');
    });

    it.each([
      ['a resource type the vocabulary does not hold', { id: 'vocab-1', resourceType: 'podcast' }, 'unknown-resource-type', '/e-resource-types', 'podcast'],
      ['a subject the vocabulary does not hold', { id: 'vocab-2', subjects: ['history', 'astrology'] }, 'unknown-subject', '/subjects', 'astrology'],
    ])('refuses %s with 422, until it is defined', async (_, change, rule, vocabulary, key) => {
      await expectRefused(() => post('/e-resources', aResource(change)), 422, rule);
      const defined = await post(vocabulary, { key, label: 'Defined now' });
      expect(defined.status).toBe(201);
      expect((await post('/e-resources', aResource(change))).status).toBe(201);
    });

    it('refuses a vendor the register does not hold with 422, until it is registered', async () => {
      await expectRefused(() => post('/e-resources', aResource({ id: 'vendor-1', vendorId: 'ebsco' })), 422, 'unknown-vendor');
      expect((await post('/organisations', { id: 'ebsco', name: 'EBSCO Information Services', roles: ['vendor'] })).status).toBe(201);
      expect((await post('/e-resources', aResource({ id: 'vendor-1', vendorId: 'ebsco' }))).status).toBe(201);
    });

    it.each([
      ['relative', '/jstor'],
      ['ftp', 'ftp://ftp.jstor.org/'],
      ['carrying credentials', 'https://admin:s3cret@jstor.org/'],
    ])('refuses an access URL that is %s with 400 invalid-access-url', async (_, accessUrl) => {
      await expectRefused(() => post('/e-resources', aResource({ id: 'bad-url', accessUrl })), 400, 'invalid-access-url');
    });
  });

  describe('who may do what', () => {
    it('lets desk staff and student assistants read the staff view but not write', async () => {
      const id = await registered(api, { id: 'roles/one' });
      expect((await view(id, TOKENS.desk)).status).toBe(200);
      expect((await view(id, TOKENS.student)).body.internalNotes).toBe('Renewal negotiated by the consortium in May');
      const before = await api.head();
      expect((await post('/e-resources', aResource({ id: 'roles/two' }), TOKENS.desk)).status).toBe(403);
      expect((await post(resourcePath(id, '/hide'), { reason: 'test' }, TOKENS.student)).status).toBe(403);
      expect((await post(resourcePath(id, '/activations'), subscription(), TOKENS.auditor)).status).toBe(403);
      expect(await api.head()).toBe(before);
    });

    it('asks for a token', async () => {
      expect((await api.http().get(resourcePath('roles/one'))).status).toBe(401);
    });
  });

  describe('the life of a resource', () => {
    const id = 'jstor/arts & sciences'.replace(/ & /g, '-');

    it('links, activates, deactivates and shows it all in the staff view', async () => {
      await registered(api, { id });
      await expectRefused(() => post(resourcePath(id, '/activations'), subscription()), 422, 'access-url-required');

      const linked = await post(resourcePath(id, '/access-link'), { accessUrl: 'https://www.jstor.org/', proxied: true, reason: 'New platform' });
      expect(linked.status).toBe(200);
      expect(linked.headers.etag).toBe('"1"');

      const activated = await post(resourcePath(id, '/activations'), subscription({ activationId: 'sub-2026' }));
      expect(activated.status).toBe(201);
      expect(activated.body).toMatchObject({ id, activationId: 'sub-2026', created: true });
      const again = await post(resourcePath(id, '/activations'), subscription({ activationId: 'sub-2026' }));
      expect(again.status).toBe(200);

      await expectRefused(
        () => post(resourcePath(id, '/activations'), subscription({ activationId: 'sub-2027', effectiveFrom: '2027-01-01' })),
        422,
        'overlapping-activation',
      );
      await expectRefused(() => post(resourcePath(id, '/activations'), subscription({ activationId: 't', accessKind: 'trial' })), 422, 'trial-end-required');
      await expectRefused(
        () =>
          post(
            resourcePath(id, '/activations'),
            subscription({ activationId: 't', accessKind: 'trial', effectiveFrom: '2020-01-01', trialEndsOn: '2020-02-01' }),
          ),
        422,
        'trial-end-in-past',
      );
      await expectRefused(
        () => post(resourcePath(id, '/activations'), subscription({ activationId: 'g', audience: 'user-group' })),
        400,
        'audience-group-required',
      );
      await expectRefused(() => post(resourcePath(id, '/activations'), subscription({ effectiveFrom: '2026-02-30' })), 400, 'validation');

      const trial = await post(
        resourcePath(id, '/activations'),
        subscription({ activationId: 'med-trial', accessKind: 'trial', trialEndsOn: '2099-01-31', audience: 'user-group', audienceGroup: 'medical-school' }),
      );
      expect(trial.status).toBe(201);

      await expectRefused(
        () => post(resourcePath(id, '/activations/sub-2026/deactivation'), { effectiveOn: '2025-12-31', reason: 'cancelled' }),
        422,
        'deactivation-before-activation',
      );
      await expectRefused(
        () => post(resourcePath(id, '/activations/sub-2026/deactivation'), { effectiveOn: '2026-07-01', reason: 'bored' }),
        400,
        'validation',
      );
      await expectRefused(
        () => post(resourcePath(id, '/activations/nope/deactivation'), { effectiveOn: '2026-07-01', reason: 'cancelled' }),
        404,
        'activation-not-found',
      );
      const deactivated = await post(resourcePath(id, '/activations/sub-2026/deactivation'), {
        effectiveOn: '2026-07-01',
        reason: 'cancelled',
        note: 'Budget cut',
      });
      expect(deactivated.status).toBe(200);
      await expectRefused(
        () => post(resourcePath(id, '/activations/sub-2026/deactivation'), { effectiveOn: '2026-08-01', reason: 'cancelled' }),
        409,
        'activation-not-in-force',
      );

      const read = await view(id);
      expect(read.headers.etag).toBe(`"${(await eventsOf(id)).length - 1}"`);
      expect(read.body).toMatchObject({
        id,
        accessUrl: 'https://www.jstor.org/',
        proxied: true,
        internalNotes: 'Renewal negotiated by the consortium in May',
        active: true,
        activations: [
          {
            activationId: 'sub-2026',
            status: 'ended',
            deactivation: { effectiveOn: '2026-07-01', reason: 'cancelled', note: 'Budget cut', recorded: { actorId: 's-associate', actorRole: 'associate' } },
          },
          {
            activationId: 'med-trial',
            accessKind: 'trial',
            trialEndsOn: '2099-01-31',
            audience: { kind: 'user-group', group: 'medical-school' },
            status: 'in-force',
          },
        ],
      });
    });

    it('corrects and retracts activations and deactivations, each with a reason', async () => {
      await expectRefused(() => post(resourcePath(id, '/activations/sub-2026/correction'), subscription({ reason: ' ' })), 400, 'validation');
      const corrected = await post(
        resourcePath(id, '/activations/sub-2026/correction'),
        subscription({ effectiveFrom: '2026-01-15', reason: 'Start date was mistyped' }),
      );
      expect(corrected.status).toBe(200);
      expect(
        (await post(resourcePath(id, '/activations/sub-2026/deactivation/correction'), { effectiveOn: '2026-08-01', reason: 'Notice came late' })).status,
      ).toBe(200);
      expect((await post(resourcePath(id, '/activations/sub-2026/deactivation/retraction'), { reason: 'Never cancelled' })).status).toBe(200);
      expect((await post(resourcePath(id, '/activations/med-trial/retraction'), { reason: 'Recorded on the wrong resource' })).status).toBe(200);
      const read = await view(id);
      expect(read.body.activations).toMatchObject([
        { activationId: 'sub-2026', effectiveFrom: '2026-01-15', status: 'in-force', corrected: { reason: 'Start date was mistyped' } },
        { activationId: 'med-trial', status: 'retracted', retracted: { reason: 'Recorded on the wrong resource' } },
      ]);
      expect(read.body.activations[0]).not.toHaveProperty('deactivation');
    });

    it('revises details, hides and shows, sets and removes a stanza, records a replacement', async () => {
      expect(
        (await post(resourcePath(id, '/details'), { name: 'JSTOR Arts I', description: 'Back runs of journals', reason: 'Vendor renamed it' })).status,
      ).toBe(200);
      expect((await post(resourcePath(id, '/hide'), { reason: 'Platform outage' })).status).toBe(200);
      const stanza = 'Title JSTOR\nURL https://www.jstor.org\nDomain jstor.org\n';
      const put = api.http().put(resourcePath(id, '/stanza')).set(api.as(TOKENS.associate));
      expect((await put.send({ stanza })).status).toBe(200);
      const broken = await expectRefused(
        () =>
          api
            .http()
            .put(resourcePath(id, '/stanza'))
            .set(api.as(TOKENS.associate))
            .send({ stanza: 'Title JSTOR\nURL https://www.jstor.org\nHots jstor.org\n' }),
        422,
        'invalid-stanza',
      );
      expect(broken.body.detail).toMatch(/line 3: unknown directive "Hots"/);
      expect(broken.body.errors).toEqual([{ line: 3, reason: 'unknown directive "Hots"' }]);
      expect((await post(resourcePath(id, '/replacement'), { replacedBy: 'jstor/arts-2', reason: 'Merged into Arts II' })).status).toBe(200);
      let read = await view(id);
      expect(read.body).toMatchObject({ name: 'JSTOR Arts I', formerNames: ['JSTOR Arts & Sciences I'], hidden: true, stanza, replacedBy: 'jstor/arts-2' });
      expect((await post(resourcePath(id, '/show'), {})).status).toBe(200);
      await expectRefused(() => api.http().delete(resourcePath(id, '/stanza')).set(api.as(TOKENS.associate)).send({}), 400, 'validation');
      expect((await api.http().delete(resourcePath(id, '/stanza')).set(api.as(TOKENS.associate)).send({ reason: 'Moved to OpenAthens' })).status).toBe(200);
      await expectRefused(() => api.http().delete(resourcePath(id, '/stanza')).set(api.as(TOKENS.associate)).send({ reason: 'again' }), 409, 'no-stanza');
      read = await view(id);
      expect(read.body).toMatchObject({ hidden: false });
      expect(read.body).not.toHaveProperty('stanza');
    });

    it('refuses a stale If-Match with 409 and appends nothing', async () => {
      await expectRefused(() => post(resourcePath(id, '/hide'), { reason: 'x' }).set('If-Match', '"0"'), 409, 'concurrency-conflict');
    });
  });

  it('answers 404 for a resource that is not registered, reading or writing', async () => {
    expect((await view('no/such-thing')).status).toBe(404);
    await expectRefused(() => post(resourcePath('no/such-thing', '/hide'), { reason: 'x' }), 404, 'resource-not-found');
  });
});
