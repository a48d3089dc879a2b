import { TestApi, TOKENS } from '@era/api-testing';
import { aLicence, aVersion, startLicensingApi } from './testing/licences';

/** Versions without a start, with end-date semantics and an amendment status, over HTTP: what is answered and what is refused. */
describe('version dates over HTTP (real SQLite)', () => {
  let api: TestApi;
  let licenceId: string;
  beforeAll(async () => {
    api = await startLicensingApi();
    licenceId = (await api.http().post('/licences').set(api.as(TOKENS.associate)).send(aLicence())).body.id;
  });
  afterAll(() => api.close());

  const record = (body: Record<string, unknown>) => api.http().post(`/licences/${licenceId}/versions`).set(api.as(TOKENS.associate)).send(body);

  it('records an original that states no start, and its terms on any day up to its end say the effective date is unknown', async () => {
    const recorded = await record(aVersion({ label: 'Licence 1', effectiveFrom: null, effectiveTo: '2026-12-31' }));
    expect(recorded.status).toBe(201);
    const terms = await api.http().get(`/licences/${licenceId}/terms`).query({ effectiveOn: '2019-05-01' }).set(api.as(TOKENS.auditor));
    expect(terms.status).toBe(200);
    expect(terms.body).toMatchObject({ inForce: true, startUnknown: true, dateNote: 'the effective date is unknown: Licence 1 states no start' });
    const view = await api.http().get(`/licences/${licenceId}`).set(api.as(TOKENS.auditor)).set('X-Min-Position', String(recorded.body.position));
    expect(view.body.versions[0]).toMatchObject({ effectiveFrom: null, effectiveTo: '2026-12-31', endDateSemantics: 'explicit', references: [] });
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['explicit semantics without an end', { endDateSemantics: 'explicit', effectiveTo: null }, 422, 'end-date-required'],
    ['an end on an open-ended version', { endDateSemantics: 'open-ended', effectiveTo: '2025-12-31' }, 422, 'end-date-not-applicable'],
    ['semantics that are none of the three', { endDateSemantics: 'perpetual' }, 400, 'validation'],
    ['an amendment status the list does not have', { status: 'current' }, 422, 'unknown-list-value'],
    ['a description over 4000 characters', { description: 'x'.repeat(4001) }, 400, 'validation'],
  ])('refuses an amendment with %s as a problem+json, appending nothing', async (_, fields, status, slug) => {
    const head = await api.head();
    const response = await record(aVersion({ kind: 'amendment', label: 'Amendment 1', effectiveFrom: '2025-01-01', terms: {}, ...fields }));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toMatch(new RegExp(`/${slug}$`));
    expect(await api.head()).toBe(head);
  });

  it('refuses an amendment status on an original or renewal (422 amendment-status-not-applicable)', async () => {
    const response = await record(aVersion({ kind: 'renewal', label: 'Renewal', effectiveFrom: '2027-01-01', terms: {}, status: 'current' }));
    expect(response.status).toBe(422);
    expect(response.body.type).toMatch(/\/amendment-status-not-applicable$/);
  });
});
