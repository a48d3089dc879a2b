import { TestApi, TOKENS } from '@era/api-testing';
import { aLicence, aVersion, startLicensingApi } from './testing/licences';

/** Terms as FOLIO defines them (several values, a range, options, internal by default), defined and used over HTTP. */
describe('term definitions as FOLIO has them, over HTTP (real SQLite)', () => {
  let api: TestApi;
  let position = 0;
  beforeAll(async () => {
    api = await startLicensingApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.librarian) => api.http().post(path).set(api.as(token)).send(body);
  const define = async (body: object) => {
    const response = await post('/licence-terms', body);
    expect(response.status).toBe(201);
    position = Math.max(position, response.body.position);
  };

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
  }

  it('defines terms that take several values, a range, options or are internal by default, and lists them so', async () => {
    await define({ key: 'authorised-sites', label: 'Authorised sites', valueType: 'text', multiple: true });
    await define({ key: 'simultaneous-sites', label: 'Simultaneous sites', valueType: 'integer', range: { min: -1 } });
    await define({ key: 'access-model', label: 'Access model', valueType: 'choice', options: [{ value: 'ip', label: 'IP range' }] });
    await define({ key: 'ill-hub-notes', label: 'ILL hub notes', valueType: 'text', internalByDefault: true });
    const list = await api.http().get('/licence-terms').set(api.as(TOKENS.desk)).set('X-Min-Position', String(position)).expect(200);
    const byKey = new Map((list.body.terms as { key: string }[]).map((term) => [term.key, term]));
    expect(byKey.get('authorised-sites')).toMatchObject({ multiple: true });
    expect(byKey.get('simultaneous-sites')).toMatchObject({ range: { min: -1 } });
    expect(byKey.get('access-model')).toMatchObject({ options: [{ value: 'ip', label: 'IP range' }] });
    expect(byKey.get('ill-hub-notes')).toMatchObject({ internalByDefault: true });
  });

  it.each([
    ['a range on a text term', { valueType: 'text', range: { min: 0 } }, 422, 'invalid-term-definition'],
    ['min above max', { valueType: 'integer', range: { min: 2, max: 1 } }, 422, 'invalid-term-definition'],
    ['a choice term without options', { valueType: 'choice' }, 422, 'invalid-term-definition'],
    [
      'duplicate options',
      {
        valueType: 'choice',
        options: [
          { value: 'a', label: 'A' },
          { value: 'a', label: 'A again' },
        ],
      },
      422,
      'invalid-term-definition',
    ],
    ['a range with another field', { valueType: 'integer', range: { min: 0, step: 1 } }, 400, 'validation'],
    ['a range bound as text', { valueType: 'integer', range: { min: '0' } }, 400, 'validation'],
    ['an option with another field', { valueType: 'choice', options: [{ value: 'a', label: 'A', colour: 'red' }] }, 400, 'validation'],
    ['multiple as text', { valueType: 'text', multiple: 'yes' }, 400, 'validation'],
    ['an option label with a bidi override', { valueType: 'choice', options: [{ value: 'a', label: '\u202Efdp.exe' }] }, 400, 'validation'],
  ])('refuses a definition with %s, and appends nothing', async (_, fields, status, slug) => {
    await expectRefused(() => post('/licence-terms', { key: 'refused-term', label: 'Refused', ...fields }), status, slug);
  });

  it('records a version with several values, a negative value the range allows and an internal value by default, and reads them back', async () => {
    const drafted = await post('/licences', aLicence(), TOKENS.associate).expect(201);
    const licenceId = drafted.body.id as string;
    const terms = {
      'authorised-sites': [{ value: 'Main campus' }, { value: 'Hospital annex', internal: true }],
      'simultaneous-sites': { value: -1, publicNote: 'Unlimited' },
      'access-model': { value: 'ip' },
      'ill-hub-notes': { value: 'Through the hub' },
    };
    const version = await post(`/licences/${licenceId}/versions`, aVersion({ terms }), TOKENS.associate);
    expect(version.status).toBe(201);
    const read = await api.http().get(`/licences/${licenceId}`).set(api.as(TOKENS.librarian)).set('X-Min-Position', String(version.body.position)).expect(200);
    const byKey = new Map((read.body.versions[0].terms as { key: string }[]).map((term) => [term.key, term]));
    expect(byKey.get('authorised-sites')).toMatchObject({
      value: null,
      valueLabel: 'Main campus; Hospital annex [internal]',
      values: [
        { value: 'Main campus', valueLabel: 'Main campus' },
        { value: 'Hospital annex', valueLabel: 'Hospital annex', internal: true },
      ],
    });
    expect(byKey.get('simultaneous-sites')).toMatchObject({ value: -1, valueLabel: '-1', publicNote: 'Unlimited' });
    expect(byKey.get('access-model')).toMatchObject({ value: 'ip', valueLabel: 'IP range' });
    expect(byKey.get('ill-hub-notes')).toMatchObject({ value: 'Through the hub', internal: true });
  });
});
