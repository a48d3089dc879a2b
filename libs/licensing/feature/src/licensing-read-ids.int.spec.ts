import { binaryBody, TestApi, TOKENS } from '@era/api-testing';
import { startLicensingApi } from './testing/licences';
import { IllElectronicScenario, recordIllElectronicScenario, SIGNED_PDF } from './testing/ill-electronic-scenario';

/**
 * UUIDs are case-insensitive: a licence id sent in upper case names the same licence on every read route, and every
 * answer carries the lower-case form the licence was recorded under.
 */
describe('licence reads by an upper-case licence id', () => {
  let api: TestApi;
  let scenario: IllElectronicScenario;
  let lower = '';
  let upper = '';

  beforeAll(async () => {
    api = await startLicensingApi();
    scenario = await recordIllElectronicScenario(api);
    lower = scenario.licenceId;
    upper = lower.toUpperCase();
  });
  afterAll(() => api.close());

  const get = (path: string, token: string = TOKENS.librarian) => api.http().get(path).set(api.as(token));

  it('is recorded under a lower-case UUID, which the upper-case form differs from', () => {
    expect(lower).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(upper).not.toBe(lower);
  });

  it('GET /licences/{id} finds the licence and answers with its lower-case id', async () => {
    const byUpper = await get(`/licences/${upper}`);
    expect(byUpper.status).toBe(200);
    expect(byUpper.body.id).toBe(lower);
    expect(byUpper.body).toEqual((await get(`/licences/${lower}`)).body);
    expect(byUpper.headers.etag).toBe((await get(`/licences/${lower}`)).headers.etag);
  });

  it('GET /licences/{id}/audit-trail gives the same trail, each line naming the lower-case id', async () => {
    const byUpper = await get(`/licences/${upper}/audit-trail`);
    expect(byUpper.status).toBe(200);
    expect(byUpper.body.items.length).toBeGreaterThan(0);
    expect(byUpper.body.items.every((line: { licenceId: string }) => line.licenceId === lower)).toBe(true);
    expect(byUpper.body).toEqual((await get(`/licences/${lower}/audit-trail`)).body);
  });

  it('GET /licence-audit-trail?licenceId= filters by the licence whatever the case of its id', async () => {
    const byUpper = await get(`/licence-audit-trail?licenceId=${upper}`);
    expect(byUpper.status).toBe(200);
    expect(byUpper.body.items.length).toBeGreaterThan(0);
    expect(byUpper.body).toEqual((await get(`/licence-audit-trail?licenceId=${lower}`)).body);
  });

  it('GET /licences/{id}/documents/{sha256} serves the signed file', async () => {
    const response = await get(`/licences/${upper}/documents/${scenario.documentSha256}`).buffer(true).parse(binaryBody);
    expect(response.status).toBe(200);
    expect(Buffer.compare(response.body as Buffer, SIGNED_PDF)).toBe(0);
  });

  it('GET /licences/{id}/compliance-review reviews the licence and names it in lower case, the same bytes as asked in lower case', async () => {
    const asOf = scenario.known.afterCorrection;
    const byUpper = await get(`/licences/${upper}/compliance-review?asOf=${asOf}&effectiveOn=2025-01-15`);
    expect(byUpper.status).toBe(200);
    expect(byUpper.body.licenceId).toBe(lower);
    expect(byUpper.body.licences.map((licence: { licenceId: string }) => licence.licenceId)).toEqual([lower]);
    const byLower = await get(`/licences/${lower}/compliance-review?asOf=${asOf}&effectiveOn=2025-01-15`);
    expect(byUpper.text).toBe(byLower.text);
    expect(byUpper.headers['x-review-digest']).toBe(byLower.headers['x-review-digest']);
  });

  it('POST /compliance-reviews takes the licence id in either case', async () => {
    const asOf = scenario.known.afterCorrection;
    const head = await api.head();
    const response = await api
      .http()
      .post('/compliance-reviews')
      .set(api.as(TOKENS.librarian))
      .send({ licenceId: upper, asOf, effectiveOn: '2025-01-15', seal: false });
    expect(response.status).toBe(201);
    expect(response.body.licenceId).toBe(lower);
    expect(response.headers['x-review-digest']).toBe(
      (await get(`/licences/${lower}/compliance-review?asOf=${asOf}&effectiveOn=2025-01-15`)).headers['x-review-digest'],
    );
    expect(await api.head()).toBe(head);
  });

  it('still answers 404 for a licence that does not exist, naming the id in lower case', async () => {
    const unknown = 'A0000000-0000-4000-8000-00000000000A';
    const response = await get(`/licences/${unknown}`);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toContain(unknown.toLowerCase());
    expect((await get(`/licences/${unknown}/audit-trail`)).status).toBe(404);
    expect((await get(`/licences/${unknown}/documents/${scenario.documentSha256}`)).status).toBe(404);
  });
});
