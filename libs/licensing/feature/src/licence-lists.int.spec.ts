import { collect, TestApi, TOKENS } from '@era/api-testing';
import { LICENCE_LISTS_STREAM, licenceStream } from '@era/licensing-domain';
import { aLicence, startLicensingApi } from './testing/licences';

describe('licence lists and the licence record over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startLicensingApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.librarian) => api.http().post(path).set(api.as(token)).send(body);
  const get = (path: string, token: string = TOKENS.auditor) => api.http().get(path).set(api.as(token));
  const listEvents = () => collect(api.events.readStream(LICENCE_LISTS_STREAM));

  it('answers the default lists before anything is seeded, and a refused write seeds nothing', async () => {
    const lists = await get('/licence-lists');
    expect(lists.status).toBe(200);
    expect(lists.body.seeded).toBe(false);
    expect(lists.body.lists['licence-status']).toContainEqual({ key: 'active', label: 'Active', lifecycle: 'active', deprecated: false });
    expect(lists.body.lists['document-type'].map((value: { key: string }) => value.key)).toEqual(
      expect.arrayContaining(['misc', 'vendor-terms-and-conditions', 'product-data-sheet']),
    );
    const refused = await post('/licences', aLicence({ type: 'actual' }), TOKENS.associate);
    expect(refused.status).toBe(422);
    expect(await listEvents()).toEqual([]);
  });

  it('lets a director define FOLIO\'s "Actual" type and legacy "Current" status, which licences then take', async () => {
    const defined = await post('/licence-lists/licence-type', { key: 'actual', label: 'Actual' });
    expect(defined.status).toBe(201);
    expect(defined.body).toMatchObject({ list: 'licence-type', key: 'actual', created: true });
    expect((await post('/licence-lists/licence-type', { key: 'actual', label: 'Actual' })).status).toBe(200);
    expect((await post('/licence-lists/licence-status', { key: 'current', label: 'Current', lifecycle: 'active' })).status).toBe(201);
    const events = await listEvents();
    expect(events.map((event) => event.type)).toEqual(['LicenceListsSeeded', 'LicenceListValueDefined', 'LicenceListValueDefined']);
    expect(events[0].metadata).toMatchObject({ actor: { id: 'system', role: 'system' } });

    const drafted = await post('/licences', aLicence({ type: 'actual', status: 'current' }), TOKENS.associate);
    expect(drafted.status).toBe(201);
    const licence = await get(`/licences/${drafted.body.id}`).set('X-Min-Position', String(drafted.body.position));
    expect(licence.body).toMatchObject({ type: 'actual', typeLabel: 'Actual', status: 'current', statusLabel: 'Current', lifecycle: 'active' });
    const active = await get('/licences?lifecycle=active').set('X-Min-Position', String(drafted.body.position));
    expect(active.body.items.map((item: { id: string }) => item.id)).toContain(drafted.body.id);
  });

  it('relabels and deprecates values; a deprecated value is refused anew, and one list can be read alone', async () => {
    const relabelled = await post('/licence-lists/document-type/misc/relabellings', { label: 'Miscellaneous', reason: 'house style' });
    expect(relabelled.status).toBe(200);
    const deprecated = await post('/licence-lists/licence-type/alliance/deprecations', { reason: 'not used here' });
    expect(deprecated.status).toBe(200);
    const refused = await post('/licences', aLicence({ type: 'alliance' }), TOKENS.associate);
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/\/deprecated-list-value$/);
    const types = await get('/licence-lists/licence-type').set('X-Min-Position', String(deprecated.body.position));
    expect(types.body.seeded).toBe(true);
    expect(Object.keys(types.body.lists)).toEqual(['licence-type']);
    expect(types.body.lists['licence-type']).toContainEqual({ key: 'alliance', label: 'Alliance', deprecated: true, deprecationReason: 'not used here' });
    const documents = await get('/licence-lists/document-type').set('X-Min-Position', String(relabelled.body.position));
    expect(documents.body.lists['document-type']).toContainEqual({ key: 'misc', label: 'Miscellaneous', deprecated: false });
  });

  it.each([
    ['a list that does not exist', '/licence-lists/colours', { key: 'red', label: 'Red' }, 404, 'list-not-found'],
    ['a key that is not kebab-case', '/licence-lists/licence-type', { key: 'Actual Type', label: 'x' }, 400, 'validation'],
    ['a status without its lifecycle', '/licence-lists/licence-status', { key: 'dormant', label: 'Dormant' }, 422, 'invalid-list-value'],
    ['a lifecycle on a document type', '/licence-lists/document-type', { key: 'memo', label: 'Memo', lifecycle: 'active' }, 422, 'invalid-list-value'],
    ['a known key with another label', '/licence-lists/licence-type', { key: 'local', label: 'Locally' }, 409, 'list-value-already-defined'],
    ['relabelling a value the list lacks', '/licence-lists/licence-type/regional/relabellings', { label: 'Regional' }, 404, 'list-value-not-found'],
    ['deprecating without a reason', '/licence-lists/licence-type/local/deprecations', {}, 400, 'validation'],
  ])('refuses %s with problem+json and appends nothing', async (_, path, body, status, slug) => {
    const before = await api.head();
    const response = await post(path, body);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.type).toMatch(new RegExp(`/${slug}$`));
    expect(await api.head()).toBe(before);
  });

  it('lets only directors change the lists, and staff read them', async () => {
    expect((await post('/licence-lists/licence-type', { key: 'regional', label: 'Regional' }, TOKENS.associate)).status).toBe(403);
    expect((await get('/licence-lists', TOKENS.student)).status).toBe(403);
    expect((await get('/licence-lists', TOKENS.associate)).status).toBe(200);
  });

  it('drafts a licence without a licensor, with organisations and their roles, description, alternate names, tags and contacts; it needs a licensor to become active', async () => {
    const drafted = await post(
      '/licences',
      aLicence({
        licensor: undefined,
        organisations: [
          { name: 'Our University', roles: ['licensee'] },
          { name: 'NERL', roles: ['consortium', 'consortium-administrator'], note: 'administers the deal' },
        ],
        description: 'The 2024 JSTOR deal',
        alternateNames: ['JSTOR A&S I'],
        tags: [' legacy ', 'big-deal'],
        contacts: [{ staffId: 's-librarian', role: 'license-owner' }],
      }),
      TOKENS.associate,
    );
    expect(drafted.status).toBe(201);
    const licence = await get(`/licences/${drafted.body.id}`).set('X-Min-Position', String(drafted.body.position));
    expect(licence.body).toMatchObject({
      organisations: [
        { name: 'Our University', roles: [{ key: 'licensee', label: 'Licensee' }] },
        {
          name: 'NERL',
          roles: [
            { key: 'consortium', label: 'Consortium' },
            { key: 'consortium-administrator', label: 'Consortium administrator' },
          ],
          note: 'administers the deal',
        },
      ],
      consortium: 'NERL',
      description: 'The 2024 JSTOR deal',
      alternateNames: ['JSTOR A&S I'],
      tags: ['legacy', 'big-deal'],
      contacts: [{ staffId: 's-librarian', role: { key: 'license-owner', label: 'License owner' } }],
      status: 'in-negotiation',
      statusLabel: 'In negotiation',
      lifecycle: 'in-negotiation',
    });
    expect(licence.body.licensor).toBeUndefined();

    const refused = await post(`/licences/${drafted.body.id}/status-transitions`, { to: 'active' }, TOKENS.associate);
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/\/licensor-required$/);
    expect(
      (await post(`/licences/${drafted.body.id}/detail-corrections`, { licensor: 'ITHAKA', reason: 'signed copy names it' }, TOKENS.associate)).status,
    ).toBe(200);
    expect((await post(`/licences/${drafted.body.id}/status-transitions`, { to: 'active' }, TOKENS.associate)).status).toBe(200);
    const events = await collect(api.events.readStream(licenceStream(drafted.body.id)));
    expect(events.at(-1)).toMatchObject({ type: 'LicenceStatusRecorded', data: { to: 'active', lifecycle: 'active' } });
  });

  it.each([
    ['an organisation without roles', { organisations: [{ name: 'X', roles: [] }] }, 400],
    ['an organisation with an unknown field', { organisations: [{ name: 'X', roles: ['licensee'], email: 'x@example.org' }] }, 400],
    ['an organisation role the list lacks', { organisations: [{ name: 'X', roles: ['publisher'] }] }, 422],
    [
      'an organisation listed twice',
      {
        organisations: [
          { name: 'X', roles: ['licensee'] },
          { name: 'x', roles: ['licensor'] },
        ],
      },
      422,
    ],
    ['a contact role the list lacks', { contacts: [{ staffId: 's-librarian', role: 'boss' }] }, 422],
    ['a contact without a staff id', { contacts: [{ role: 'negotiator' }] }, 400],
    ['personal data in the description', { description: 'call jane@example.org' }, 400],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 400],
    ['a tag that is not text', { tags: [42] }, 400],
    ['21 alternate names', { alternateNames: Array.from({ length: 21 }, (_, i) => `Name ${i}`) }, 400],
    ['an alternate name with an invisible character', { alternateNames: ['JSTOR\u200B'] }, 400],
  ])('refuses a draft with %s and appends nothing', async (_, change, status) => {
    const before = await api.head();
    const response = await post('/licences', aLicence(change), TOKENS.associate);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
  });
});
