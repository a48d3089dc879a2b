import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { inquiryStream } from '@era/desk-domain';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { AppModule } from '../app.module';

interface HealthBody {
  status: string;
  projections: { name: string; state: string; position: number; poison?: { position: number; eventType: string; error: string } }[];
}

const start = (env: Record<string, string> = {}) => startTestApi({ root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] }, env);

/** A poison event: one projection's handler throws on it; the others, and the service, go on. */
describe('/health with a projection stopped on a poison event', () => {
  let api: TestApi;
  let poisonPosition: number;

  beforeAll(async () => {
    api = await start();
    // Written past the decider (as an old bug or an import might have): desk-statistics cannot bucket this time.
    const inquiryId = randomUUID();
    const data = { inquiryId, location: 'main', channel: 'chat', questionType: 'reference', readLevel: 1, durationMinutes: 1, occurredAt: 'soon' };
    const metadata = { actor: { id: 'admin', role: 'admin' }, correlationId: 'c', causationId: 'c', source: 'import' as const };
    poisonPosition = (await api.events.append(inquiryStream(inquiryId), [{ type: 'InquiryRecorded', data }], { expectedRevision: 'no_stream', metadata }))
      .position;
  });
  afterAll(() => api.close());

  async function healthOf(target: TestApi): Promise<{ code: number; body: HealthBody }> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const response = await target.http().get('/health').set(target.as(TOKENS.auditor));
      const body = response.body as HealthBody;
      if (body.status === 'failed' || Date.now() > deadline) return { code: response.status, body };
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it('answers failed (503), naming the projection, the event and its position; the other projections stay live', async () => {
    const { code, body } = await healthOf(api);
    expect(code).toBe(503);
    expect(body.projections).toEqual([
      expect.objectContaining({
        name: 'desk-statistics',
        state: 'poisoned',
        position: poisonPosition - 1,
        poison: { position: poisonPosition, eventType: 'InquiryRecorded', error: 'RangeError: Invalid time value' },
      }),
      // Every other projection of the catalogue goes on.
      ...ALL_PROJECTIONS.slice(1).map(({ name }) => expect.objectContaining({ name, state: 'live', position: poisonPosition })),
    ]);
  });

  it('says the same in api mode, read from what the projector recorded in the shared store', async () => {
    await healthOf(api);
    const apiOnly = await start({ ERA_MODE: 'api', DATA_DIR: api.dataDir });
    try {
      const { code, body } = await healthOf(apiOnly);
      expect(code).toBe(503);
      expect(body.projections[0]).toMatchObject({ name: 'desk-statistics', state: 'poisoned', poison: { position: poisonPosition } });
    } finally {
      await apiOnly.app.close();
    }
  });
});

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
      expect(health.body.projections).toHaveLength(ALL_PROJECTIONS.length);
    }
  });
});

describe('GET /health for an anonymous caller while a projection is poisoned', () => {
  it('says only degraded (503), without the projection, the event or the error', async () => {
    const api = await startTestApi({ root: (config) => AppModule.forApi(config) });
    try {
      const inquiryId = randomUUID();
      const data = { inquiryId, location: 'main', channel: 'chat', questionType: 'reference', readLevel: 1, durationMinutes: 1, occurredAt: 'soon' };
      const metadata = { actor: { id: 'admin', role: 'admin' }, correlationId: 'c', causationId: 'c', source: 'import' as const };
      await api.events.append(inquiryStream(inquiryId), [{ type: 'InquiryRecorded', data }], { expectedRevision: 'no_stream', metadata });
      const deadline = Date.now() + 5000;
      let health = await api.http().get('/health');
      while (health.status !== 503 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        health = await api.http().get('/health');
      }
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ status: 'degraded' });
    } finally {
      await api.close();
    }
  });
});
