import { TestApi, TOKENS } from '@era/api-testing';
import { MAX_HTTP_IMPORT_RECORDS } from '@era/licensing-folio';
import { startLicensingApi } from '../testing/licences';

const MAX_BODY_BYTES = 64 * 1024;

describe('POST /imports/folio-licences: bad files are refused with problem+json, recording nothing (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startLicensingApi({ MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
  });
  afterAll(() => api.close());

  const importing = (body: string, { token = TOKENS.librarian, query = '' }: { token?: string; query?: string } = {}) =>
    api.http().post(`/imports/folio-licences${query}`).set(api.as(token)).set('Content-Type', 'application/json').send(body);

  it.each([
    ['a body that is not JSON', '[{"name": ', '', 400, 'malformed-json', 'the body is not valid JSON'],
    ['an object that is no page of licences', '{"name": "Sage"}', '', 400, 'invalid-folio-import', 'the file must be FOLIO licence JSON'],
    ['an empty list', '[]', '', 400, 'invalid-folio-import', 'the file holds no licence'],
    ['an entry that is no licence object', '[{"name": "Sage"}, 7]', '', 400, 'invalid-folio-import', 'licence 1 of the file is not a JSON object'],
    [
      `more than ${MAX_HTTP_IMPORT_RECORDS} licences`,
      JSON.stringify(Array.from({ length: MAX_HTTP_IMPORT_RECORDS + 1 }, () => ({}))),
      '',
      400,
      'invalid-folio-import',
      `the file holds ${MAX_HTTP_IMPORT_RECORDS + 1} licences; at most ${MAX_HTTP_IMPORT_RECORDS}`,
    ],
    ['a file over the body limit', JSON.stringify([{ name: 'x'.repeat(MAX_BODY_BYTES) }]), '', 413, 'payload-too-large', `limit of ${MAX_BODY_BYTES} bytes`],
    ['a dry run that is neither true nor false', '[{}]', '?dryRun=maybe', 400, undefined, 'dryRun must be true or false'],
  ])('refuses %s', async (_case, body, query, status, slug, detail) => {
    const before = await api.head();
    const response = await importing(body, { query });
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    if (slug) expect(response.body.type).toMatch(new RegExp(`/${slug}$`));
    expect(JSON.stringify(response.body)).toContain(detail);
    expect(await api.head()).toBe(before);
  });

  it.each([
    ['an associate', TOKENS.associate],
    ['a student assistant', TOKENS.student],
    ['an auditor', TOKENS.auditor],
  ])('is for those who direct licence work, not %s', async (_who, token) => {
    const before = await api.head();
    const response = await importing('[{}]', { token });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
  });

  it('refuses a FOLIO export to a student assistant, whom internal values must never reach', async () => {
    const response = await api.http().get('/licences?format=folio').set(api.as(TOKENS.student));
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses an export format it does not know', async () => {
    const response = await api.http().get('/licences?format=coral').set(api.as(TOKENS.librarian));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('format must be folio');
  });
});
