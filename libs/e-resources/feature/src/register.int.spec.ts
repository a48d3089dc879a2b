import { collect, TestApi, TOKENS } from '@era/api-testing';
import { eResourceStream, organisationStream, RESOURCE_TYPE_VOCABULARY_STREAM, SUBJECT_VOCABULARY_STREAM } from '@era/e-resources-domain';
import { anOrganisation, aPlatform, startRegisterApi } from './testing/register-api';

describe('the e-resource register over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startRegisterApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.associate) => api.http().post(path).set(api.as(token)).send(body);
  const get = (path: string, token: string = TOKENS.desk) => api.http().get(path).set(api.as(token));

  /** Refused with problem+json of this status (and type), appending nothing. */
  async function expectRefused(
    request: () => PromiseLike<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>,
    status: number,
    slug?: string,
  ) {
    const before = await api.head();
    const response = await request();
    expect({ status: response.status, body: response.body }).toMatchObject({
      status,
      ...(slug ? { body: { type: expect.stringMatching(new RegExp(`/${slug}$`)) } } : {}),
    });
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
    return response;
  }

  describe('organisations', () => {
    beforeAll(async () => {
      expect((await post('/organisations', anOrganisation({ id: 'ithaka' }))).status).toBe(201);
    });

    it('registers an organisation with the staff identity in the metadata, and answers where to read it', async () => {
      const response = await post('/organisations', anOrganisation({ id: 'ebsco', name: 'EBSCO', roles: ['vendor'] })).set('X-Correlation-Id', 'erm-7');
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ id: 'ebsco', revision: 0, position: expect.any(Number), location: '/organisations/ebsco', created: true });
      expect(response.headers.location).toBe('/organisations/ebsco');
      const [event] = await collect(api.events.readStream(organisationStream('ebsco')));
      expect(event).toMatchObject({
        type: 'OrganisationRegistered',
        data: { organisationId: 'ebsco', name: 'EBSCO', roles: ['vendor'] },
        metadata: { actor: { id: 's-associate', role: 'associate' }, correlationId: 'erm-7' },
      });
      const read = await get('/organisations/ebsco').set('X-Min-Position', String(response.body.position));
      expect(read.status).toBe(200);
      expect(read.headers.etag).toBe('"0"');
      expect(read.body).toMatchObject({ id: 'ebsco', name: 'EBSCO', roles: ['vendor'], contacts: [], registered: { actorId: 's-associate' } });
    });

    it('answers a retry with the same details 200 and records nothing; other details under the id are 409', async () => {
      const before = await api.head();
      const retry = await post('/organisations', anOrganisation({ id: 'ithaka' }));
      expect(retry.status).toBe(200);
      expect(retry.body).toMatchObject({ id: 'ithaka', created: false });
      expect(await api.head()).toBe(before);
      await expectRefused(() => post('/organisations', anOrganisation({ id: 'ithaka', name: 'JSTOR' })), 409, 'organisation-already-registered');
    });

    it('generates an id when none is given', async () => {
      const response = await post('/organisations', anOrganisation({ name: 'Gale' }));
      expect(response.status).toBe(201);
      expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it.each([
      ['an unknown role', { roles: ['aggregator'] }, 'validation'],
      ['no role', { roles: [] }, 'validation'],
      ['an unknown field', { vendorContact: 'x' }, 'validation'],
      ['notes with a phone number', { notes: 'ring Jane on 555 123 4567' }, 'validation'],
      ['an id with spaces', { id: 'my vendor' }, 'validation'],
      ['a website that is not a URL', { website: 'ithaka dot org' }, 'invalid-url'],
    ])('refuses %s', async (_, change, slug) => {
      await expectRefused(() => post('/organisations', anOrganisation({ id: 'other', ...change })), 400, slug);
    });

    it('lists organisations in filing order, and by role', async () => {
      await post('/organisations', anOrganisation({ id: 'the-acm', name: 'The ACM', roles: ['publisher'] }));
      const all = await get('/organisations');
      expect(all.status).toBe(200);
      const names = all.body.organisations.map((organisation: { name: string }) => organisation.name);
      expect(names.indexOf('The ACM')).toBeLessThan(names.indexOf('EBSCO'));
      const publishers = await get('/organisations?role=publisher');
      expect(publishers.body.organisations.map((organisation: { id: string }) => organisation.id)).toEqual(['the-acm']);
      await expectRefused(() => get('/organisations?role=aggregator'), 400, 'validation');
    });

    it('revises details with a reason, honouring If-Match', async () => {
      await expectRefused(() => post('/organisations/ebsco/details', { name: 'EBSCO', roles: ['vendor', 'publisher'] }).set('If-Match', '"9"'), 409);
      const revised = await post('/organisations/ebsco/details', { name: 'EBSCO', roles: ['vendor', 'publisher'], reason: 'also publishes' });
      expect(revised.status).toBe(200);
      const events = await collect(api.events.readStream(organisationStream('ebsco')));
      expect(events.at(-1)).toMatchObject({ type: 'OrganisationDetailsRevised', data: { reason: 'also publishes' }, metadata: { reason: 'also publishes' } });
      await expectRefused(() => post('/organisations/nobody/details', { name: 'Nobody', roles: ['vendor'] }), 404, 'organisation-not-found');
    });

    it('adds work contacts and removes one with a reason', async () => {
      const added = await post('/organisations/ithaka/contacts', { id: 'support', purpose: 'support', name: 'JSTOR Support', email: 'support@jstor.org' });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ id: 'support', location: '/organisations/ithaka' });
      await post('/organisations/ithaka/contacts', { id: 'sales', purpose: 'sales', name: 'Account manager', phone: '+1 800 555 0100' });
      await expectRefused(() => post('/organisations/ithaka/contacts', { purpose: 'sales', name: 'Jane', email: 'jane@gmail.com' }), 400, 'invalid-contact');
      await expectRefused(() => post('/organisations/ithaka/contacts', { purpose: 'sales', name: 'Jane' }), 400, 'invalid-contact');
      await expectRefused(
        () => post('/organisations/ithaka/contacts', { purpose: 'sales', name: 'jane@jstor.org', phone: '+1 800 555 0100' }),
        400,
        'validation',
      );
      const removed = await api.http().delete('/organisations/ithaka/contacts/support').set(api.as(TOKENS.associate)).send({ reason: 'ticket portal now' });
      expect(removed.status).toBe(200);
      await expectRefused(
        () => api.http().delete('/organisations/ithaka/contacts/support').set(api.as(TOKENS.associate)).send({ reason: 'again' }),
        404,
        'contact-not-found',
      );
      await expectRefused(() => api.http().delete('/organisations/ithaka/contacts/sales').set(api.as(TOKENS.associate)).send({}), 400, 'validation');
      const read = await get(`/organisations/ithaka`).set('X-Min-Position', String(removed.body.position));
      expect(read.body.contacts).toEqual([expect.objectContaining({ contactId: 'sales', purpose: 'sales', phone: '+1 800 555 0100' })]);
    });

    it('answers 404 for an organisation not in the register, and 400 for a malformed id', async () => {
      await expectRefused(() => get('/organisations/nobody'), 404, 'organisation-not-found');
      await expectRefused(() => get('/organisations/No%20Body'), 400, 'invalid-id');
    });
  });

  describe('platforms', () => {
    it('registers a platform of a registered provider, hosts made canonical, and lists it with the provider name', async () => {
      const response = await post('/platforms', aPlatform({ id: 'jstor' }));
      expect(response.status).toBe(201);
      const read = await get('/platforms/jstor').set('X-Min-Position', String(response.body.position));
      expect(read.body).toMatchObject({ id: 'jstor', providerId: 'ithaka', providerName: 'ITHAKA', baseHosts: ['jstor.org', 'www.jstor.org'], sso: 'both' });
      const list = await get('/platforms?providerId=ithaka');
      expect(list.body.platforms.map((platform: { id: string }) => platform.id)).toEqual(['jstor']);
      expect((await get('/platforms?providerId=ebsco')).body.platforms).toEqual([]);
    });

    it('refuses a bad host, an unknown provider, one that provides no platform, and another platform under the id', async () => {
      await expectRefused(() => post('/platforms', aPlatform({ id: 'muse', baseHosts: ['https://muse.jhu.edu'] })), 400, 'invalid-host');
      await expectRefused(() => post('/platforms', aPlatform({ id: 'muse', providerId: 'jhu' })), 422, 'unknown-provider');
      await expectRefused(() => post('/platforms', aPlatform({ id: 'muse', providerId: 'the-acm' })), 422, 'provider-lacks-role');
      await expectRefused(() => post('/platforms', aPlatform({ id: 'jstor', name: 'JSTOR Labs' })), 409, 'platform-already-registered');
      await expectRefused(() => post('/platforms', aPlatform({ id: 'muse', sso: 'kerberos' })), 400, 'validation');
    });

    it('revises a platform, and answers 404 for one not in the register', async () => {
      const revised = await post('/platforms/jstor/details', aPlatform({ supportsProxy: false, reason: 'vendor dropped proxy support' }));
      expect(revised.status).toBe(200);
      expect((await get('/platforms/jstor').set('X-Min-Position', String(revised.body.position))).body.supportsProxy).toBe(false);
      await expectRefused(() => post('/platforms/muse/details', aPlatform()), 404, 'platform-not-found');
      await expectRefused(() => get('/platforms/muse'), 404, 'platform-not-found');
    });
  });

  describe('resource types', () => {
    it('lists the defaults before anything is recorded, and seeds them with the first accepted write', async () => {
      const before = await get('/e-resource-types');
      expect(before.body).toMatchObject({ seeded: false });
      expect(before.body.types).toContainEqual({ key: 'e-book-collection', label: 'E-book collection', deprecated: false });
      await expectRefused(() => post('/e-resource-types/atlas/deprecation', { reason: 'unused' }), 404, 'term-not-found');
      expect(await collect(api.events.readStream(RESOURCE_TYPE_VOCABULARY_STREAM))).toEqual([]);

      const defined = await post('/e-resource-types', { key: 'audio-collection', label: 'Audio collection' });
      expect(defined.status).toBe(201);
      const events = await collect(api.events.readStream(RESOURCE_TYPE_VOCABULARY_STREAM));
      expect(events.map((event) => event.type)).toEqual(['ResourceTypeVocabularySeeded', 'ResourceTypeDefined']);
      expect(events[0].metadata.actor).toEqual({ id: 'system', role: 'system' });
      const after = await get('/e-resource-types').set('X-Min-Position', String(defined.body.position));
      expect(after.body.seeded).toBe(true);
      expect(after.body.types.map((type: { key: string }) => type.key)).toContain('audio-collection');
    });

    it('relabels and deprecates a type, refusing a repeat', async () => {
      expect((await post('/e-resource-types/database/label', { label: 'Research database' })).status).toBe(200);
      await expectRefused(() => post('/e-resource-types/database/label', { label: 'Research database' }), 409, 'label-unchanged');
      expect((await post('/e-resource-types/dataset/deprecation', { reason: 'split' })).status).toBe(200);
      await expectRefused(() => post('/e-resource-types/dataset/deprecation', { reason: 'split' }), 409, 'term-already-deprecated');
      await expectRefused(() => post('/e-resource-types/Data_Set/deprecation', { reason: 'split' }), 400, 'invalid-term-key');
      await expectRefused(() => post('/e-resource-types', { key: 'database', label: 'Databases' }), 409, 'term-already-defined');
    });
  });

  describe('subjects and best bets', () => {
    beforeAll(async () => {
      for (const resourceId of ['jstor-as1', 'pubmed']) {
        await api.events.append(
          eResourceStream(resourceId),
          [
            {
              type: 'EResourceRegistered',
              data: { resourceId, name: resourceId, alternateNames: [], formerNames: [], resourceType: 'database', subjects: [], proxied: true, hidden: false },
            },
          ],
          { expectedRevision: 'any', metadata: { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' } },
        );
      }
    });

    it('defines a subject and chooses its best bets in order', async () => {
      expect((await post('/subjects', { key: 'history', label: 'History' })).status).toBe(201);
      const chosen = await api
        .http()
        .put('/subjects/history/best-bets')
        .set(api.as(TOKENS.librarian))
        .send({ resourceIds: ['pubmed', 'jstor-as1'] });
      expect(chosen.status).toBe(200);
      const list = await get('/subjects').set('X-Min-Position', String(chosen.body.position));
      expect(list.body.subjects).toEqual([{ key: 'history', label: 'History', deprecated: false, bestBets: ['pubmed', 'jstor-as1'] }]);
      const before = await api.head();
      const again = await api
        .http()
        .put('/subjects/history/best-bets')
        .set(api.as(TOKENS.librarian))
        .send({ resourceIds: ['pubmed', 'jstor-as1'] });
      expect(again.status).toBe(200);
      expect(await api.head()).toBe(before);
    });

    it('refuses best bets over the cap, not registered, or for an unknown subject', async () => {
      const put = (key: string, resourceIds: string[]) => api.http().put(`/subjects/${key}/best-bets`).set(api.as(TOKENS.associate)).send({ resourceIds });
      await expectRefused(
        () =>
          put(
            'history',
            Array.from({ length: 11 }, (_, index) => `db-${index}`),
          ),
        400,
        'validation',
      );
      await expectRefused(() => put('history', ['pubmed', 'scopus']), 422, 'unknown-resource');
      await expectRefused(() => put('history', ['pubmed', 'pubmed']), 400, 'duplicate-best-bet');
      await expectRefused(() => put('geology', ['pubmed']), 404, 'term-not-found');
      expect((await collect(api.events.readStream(SUBJECT_VOCABULARY_STREAM))).map((event) => event.type)).toEqual(['SubjectDefined', 'SubjectBestBetsChosen']);
    });

    it('relabels and deprecates a subject', async () => {
      expect((await post('/subjects/history/label', { label: 'History & archaeology', reason: 'merged with archaeology' })).status).toBe(200);
      const deprecated = await post('/subjects/history/deprecation', { reason: 'split by period' });
      expect(deprecated.status).toBe(200);
      await expectRefused(() => post('/subjects/geology/deprecation', { reason: 'unused' }), 404, 'term-not-found');
      const list = await get('/subjects').set('X-Min-Position', String(deprecated.body.position));
      expect(list.body.subjects[0]).toMatchObject({ label: 'History & archaeology', deprecated: true, deprecationReason: 'split by period' });
    });
  });

  describe('who may do what', () => {
    it('lets desk staff, students and auditors read the register', async () => {
      for (const token of [TOKENS.desk, TOKENS.student, TOKENS.auditor]) {
        for (const path of ['/organisations', '/organisations/ithaka', '/platforms', '/platforms/jstor', '/e-resource-types', '/subjects']) {
          expect({ path, token, status: (await get(path, token)).status }).toEqual({ path, token, status: 200 });
        }
      }
    });

    it('lets no desk staff, student or auditor write, and nobody without a token read', async () => {
      for (const token of [TOKENS.desk, TOKENS.student, TOKENS.auditor]) {
        await expectRefused(() => post('/organisations', anOrganisation({ id: 'desk-org' }), token), 403);
        await expectRefused(() => post('/platforms/jstor/details', aPlatform(), token), 403);
        await expectRefused(() => post('/subjects', { key: 'art', label: 'Art' }, token), 403);
        await expectRefused(() => api.http().put('/subjects/history/best-bets').set(api.as(token)).send({ resourceIds: [] }), 403);
        await expectRefused(() => api.http().delete('/organisations/ithaka/contacts/sales').set(api.as(token)).send({ reason: 'x' }), 403);
      }
      await expectRefused(() => api.http().get('/organisations'), 401);
    });
  });
});
