import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { TITLE_LIST_UPLOAD_ROUTE } from '@era/holdings';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { AppModule } from './app.module';

/** The service's own composition (AppModule), with what only it adds: health. */
describe('the API as composed by apps/api (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE, TITLE_LIST_UPLOAD_ROUTE] });
  });
  afterAll(() => api.close());

  it('serves health and the OpenAPI document without a token', async () => {
    expect((await api.http().get('/health')).body).toEqual({ status: 'up' });
    const health = await api.http().get('/health').set(api.as(TOKENS.auditor));
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', eventStore: 'sqlite' });
    // Every projection of the catalogue, in its order (desk-statistics, desk-inquiries, licences, …).
    expect(health.body.projections).toEqual(ALL_PROJECTIONS.map(({ name }) => expect.objectContaining({ name, state: 'live' })));
    const openapi = await api.http().get('/docs/openapi.json');
    expect(openapi.status).toBe(200);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/desk/inquiries', '/desk/inquiries/{id}/void', '/desk/headcounts', '/desk/statistics']),
    );
    expect((await api.http().get('/docs')).status).toBe(200);
  });

  it('serves every area: desk, licences, compliance reviews and the ledger', async () => {
    const routes = Object.keys((await api.http().get('/docs/openapi.json')).body.paths);
    expect(routes).toEqual(
      expect.arrayContaining([
        '/desk/inquiries',
        '/licences',
        '/licences/{id}/versions',
        '/licences/{id}/compliance-review',
        '/ledger/seals',
        '/ledger/verification',
        '/organisations/{id}/contacts/{contactId}',
      ]),
    );
  });
});
