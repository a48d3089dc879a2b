import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { addDays, LocalCalendar } from '@era/calendar';
import { AppModule } from './app.module';

const PREFIX = 'https://login.proxy.example.edu/login?url=';
const today = new LocalCalendar('UTC').today();

/** The A-Z list as the service composes it: licensing's notes through the port, routes beside the e-resource writes. */
describe('the A-Z list in the composed API (real SQLite)', () => {
  let api: TestApi;
  const post = async (path: string, body: object, token: string = TOKENS.associate) => {
    const response = await api.http().post(path).set(api.as(token)).send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };

  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config) }, { ERA_PROXY_PREFIX: PREFIX });
    await post('/e-resources', {
      id: 'jstor-as1',
      name: 'JSTOR Arts & Sciences I',
      resourceType: 'database',
      accessUrl: 'https://www.jstor.org/',
      proxied: true,
    });
    await post('/e-resources/jstor-as1/activations', {
      effectiveFrom: addDays(today, -1),
      accessKind: 'subscription',
      audience: 'everyone',
      reason: 'Subscribed',
    });
    await api
      .http()
      .put('/e-resources/jstor-as1/stanza')
      .set(api.as(TOKENS.associate))
      .send({ stanza: 'Title JSTOR\nURL https://www.jstor.org\nDomain jstor.org' })
      .expect((response) => expect(response.status).toBeLessThan(300));
    const licence = await post('/licences', { name: 'JSTOR licence', licensor: 'ITHAKA', type: 'local', resourceIds: ['jstor-as1'] });
    await post(`/licences/${licence.body.id}/versions`, {
      kind: 'original',
      label: 'Signed agreement',
      effectiveFrom: addDays(today, -365),
      effectiveTo: null,
      terms: {
        'ill-electronic': { value: 'permitted-explicit', internalNote: 'clause 4.2', publicNote: 'Secure electronic transmission only' },
        'text-and-data-mining': { value: 'permitted-explicit', publicNote: 'Through the vendor’s TDM service' },
        'concurrent-users': { value: 5 },
      },
    });
    await post(`/licences/${licence.body.id}/status-transitions`, { to: 'active' });
  });
  afterAll(() => api.close());

  it('shows the public notes of the key permitted uses of the licences linked to the resource, never internal notes', async () => {
    const response = await api.http().get('/a-z').expect(200);
    const [entry] = response.body.entries;
    expect(entry).toMatchObject({ id: 'jstor-as1', link: PREFIX + encodeURIComponent('https://www.jstor.org/') });
    expect(entry.permittedUses).toEqual([
      { key: 'ill-electronic', label: 'ILL electronic', note: 'Secure electronic transmission only' },
      { key: 'text-and-data-mining', label: 'Text and data mining', note: 'Through the vendor’s TDM service' },
    ]);
    expect(response.text).not.toContain('clause 4.2');
  });

  it('serves the EZproxy export at its own path, not taken for a resource id', async () => {
    const response = await api.http().get('/e-resources/ezproxy-config').set(api.as(TOKENS.associate)).expect(200);
    expect(response.text).toBe('# JSTOR Arts & Sciences I (jstor-as1)\nTitle JSTOR\nURL https://www.jstor.org\nDomain jstor.org\n');
  });

  it('lists the A-Z routes in the API document', async () => {
    const routes = Object.keys((await api.http().get('/docs/openapi.json')).body.paths);
    expect(routes).toEqual(expect.arrayContaining(['/a-z', '/a-z/{id}', '/a-z.csv', '/e-resources', '/e-resources/ezproxy-config']));
  });
});
