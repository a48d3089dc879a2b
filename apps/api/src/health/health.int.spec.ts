import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { AppModule } from '../app.module';

/** Public health says up or degraded; only staff learn the stores, the head position and each projection's state. */
describe('GET /health (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config) });
  });
  afterAll(() => api.close());

  it('tells an anonymous caller only that the service is up', async () => {
    const health = await api.http().get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'up' });
  });

  it('treats an unknown token as anonymous: still public, still no detail', async () => {
    const health = await api.http().get('/health').set(api.as('not-a-staff-token'));
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'up' });
  });

  it('gives staff of any role the detail', async () => {
    for (const token of [TOKENS.student, TOKENS.admin]) {
      const health = await api.http().get('/health').set(api.as(token));
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'ok', eventStore: 'sqlite', headPosition: 0 });
      expect(health.body.projections).toHaveLength(3);
    }
  });
});
