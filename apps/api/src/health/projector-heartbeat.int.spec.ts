import { rmSync } from 'node:fs';
import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { READ_STORE } from '@era/platform';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { HEALTHY, writeProjectionHealth } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { AppModule } from '../app.module';

interface HealthBody {
  status: string;
  projector?: { lastSeen?: string; silent: boolean };
  projections: { name: string; state: string }[];
}

/**
 * In api mode /health reads what the projector recorded; a projector that dies must not leave that record standing
 * as "live": once its heartbeat is older than PROJECTOR_STALE_MS, health says degraded and when it was last seen.
 */
describe('/health in api mode when the projector stops beating', () => {
  let projector: TestApi;
  let api: TestApi;

  beforeAll(async () => {
    projector = await startTestApi({ root: (config) => AppModule.forProjector(config) }, { ERA_MODE: 'projector', PROJECTOR_HEARTBEAT_MS: '100' });
    api = await startTestApi({ root: (config) => AppModule.forApi(config) }, { ERA_MODE: 'api', DATA_DIR: projector.dataDir, PROJECTOR_STALE_MS: '1500' });
  });
  afterAll(async () => {
    await api.close();
    await projector.app.close();
    rmSync(projector.dataDir, { recursive: true, force: true });
  });

  async function healthUntil(done: (body: HealthBody) => boolean): Promise<{ code: number; body: HealthBody }> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const response = await api.http().get('/health').set(api.as(TOKENS.auditor));
      const body = response.body as HealthBody;
      if (done(body) || Date.now() > deadline) return { code: response.status, body };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('shows the projections live and the projector seen while it beats, then degraded with its last-seen time once it stops', async () => {
    const beating = await healthUntil((body) => body.projections.every((projection) => projection.state === 'live'));
    expect(beating.code).toBe(200);
    expect(beating.body).toMatchObject({ status: 'ok', projector: { silent: false, lastSeen: expect.any(String) } });
    expect(beating.body.projections.map((projection) => projection.state)).toEqual(ALL_PROJECTIONS.map(() => 'live'));

    await projector.app.close();

    const silent = await healthUntil((body) => body.status === 'degraded');
    expect(silent.code).toBe(200);
    expect(silent.body).toMatchObject({ status: 'degraded', projector: { silent: true } });
    expect(Date.parse(silent.body.projector?.lastSeen ?? '')).toBeGreaterThanOrEqual(Date.parse(beating.body.projector?.lastSeen ?? ''));
    // A clean stop recorded itself; what matters is that nothing moves the projections any more.
    expect(silent.body.projections.map((projection) => projection.state)).toEqual(ALL_PROJECTIONS.map(() => 'stopped'));
    expect((await api.http().get('/health')).body).toEqual({ status: 'degraded' });
  });

  // After the test above, which stopped the projector.
  it('no longer shows live what a projector that died without a word last recorded', async () => {
    // What a killed projector leaves behind: each projection recorded as running, and a heartbeat that stopped.
    const reads = api.app.get<ReadStore>(READ_STORE);
    for (const { name } of ALL_PROJECTIONS) await writeProjectionHealth(reads, name, { ...HEALTHY, updatedAt: new Date().toISOString() });
    const { code, body } = await healthUntil((health) => health.status === 'degraded');
    expect(code).toBe(200);
    expect(body.projections.map((projection) => projection.state)).toEqual(ALL_PROJECTIONS.map(() => 'projector-silent'));
  });
});
