/**
 * The production topology on the embedded engine: the HTTP API (ERA_MODE=api) and the projector
 * (ERA_MODE=projector) as two processes on one data folder. Reads catch up with a write through X-Min-Position.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import {
  API_MAIN,
  ApiClient,
  ensureBuilt,
  freePort,
  inquiry,
  killAllServices,
  removeDir,
  ROOT,
  serviceEnv,
  Service,
  startService,
  Statistics,
  tempDataDir,
  TOKENS,
  waitUntil,
  WHOLE_PERIOD,
  WriteAccepted,
} from './support';

jest.setTimeout(60_000);

const dataDir = tempDataDir('era-split');
let api: Service;
let projector: ChildProcess | undefined;

let projectorPort = 0;

function startProjector(): ChildProcess {
  // The projector serves /health and /metrics on PORT, so it needs a port of its own.
  const env = serviceEnv(dataDir, { ERA_MODE: 'projector', PORT: String(projectorPort) });
  const child = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env, stdio: 'ignore' });
  projector = child;
  return child;
}

async function stopProjector(): Promise<void> {
  const child = projector;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The projector's /health once it answers 200 (it serves HTTP once its projections have started). */
const projectorHealth = () =>
  waitUntil(
    'the projector to answer /health',
    async () => {
      const response = await fetch(`http://127.0.0.1:${projectorPort}/health`, { headers: { Authorization: `Bearer ${TOKENS.auditor}` } });
      return response.status === 200 ? ((await response.json()) as { mode: string; projections: { state: string }[] }) : undefined;
    },
    { timeoutMs: 30_000 },
  );

const statistics = (client: ApiClient, minPosition?: number) =>
  client.get<Statistics>(`/desk/statistics?from=${WHOLE_PERIOD.from}&to=${WHOLE_PERIOD.to}`, {
    headers: minPosition === undefined ? {} : { 'X-Min-Position': String(minPosition) },
  });

beforeAll(async () => {
  await ensureBuilt();
  api = await startService({ dataDir, env: { ERA_MODE: 'api', READ_YOUR_WRITES_TIMEOUT_MS: '3000' } });
  projectorPort = await freePort();
  startProjector();
  await projectorHealth();
}, 120_000);

afterAll(async () => {
  await stopProjector();
  await killAllServices();
  removeDir(dataDir);
});

it('answers a query with X-Min-Position only once the separate projector has applied that write', async () => {
  const client = ApiClient.for(api);
  const health = await client.get<{ mode: string; projections: { name: string; state: string }[] }>('/health');
  expect(health.body.mode).toBe('api');
  // What the projector recorded in the shared store (stopped until it has started): none is failing.
  const notFailing = expect.stringMatching(/^(live|catching-up|stopped)$/);
  expect(health.body.projections.map((p) => [p.name, p.state])).toEqual([
    ['desk-statistics', notFailing],
    ['desk-inquiries', notFailing],
    ['licences', notFailing],
    ['e-resource-register', notFailing],
    ['e-resource-access', notFailing],
    ['a-z', notFailing],
    ['resource-audit', notFailing],
    ['circulation-loans', notFailing],
    ['circulation-holds', notFailing],
    ['circulation-loan-history', notFailing],
    ['circulation-overrides', notFailing],
    ['circulation-statistics', notFailing],
    ['circulation-fee-fines', notFailing],
    ['circulation-borrowers', notFailing],
    ['title-a-z', notFailing],
  ]);
  const writes: WriteAccepted[] = [];
  for (let n = 0; n < 5; n++) writes.push((await client.post<WriteAccepted>('/desk/inquiries', inquiry(n))).body);
  const last = writes[writes.length - 1].position;
  const response = await statistics(client, last);
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ fresh: true, totals: { inquiries: 5 } });
  expect(response.body.position).toBeGreaterThanOrEqual(last);
});

it("serves the projector's own health, from its projections' state, for the container health check", async () => {
  const health = await projectorHealth();
  expect(health.mode).toBe('projector');
  expect(health.projections.map((p) => p.state)).toEqual(ALL_PROJECTIONS.map(() => 'live'));
  const metrics = await fetch(`http://127.0.0.1:${projectorPort}/metrics`, { headers: { Authorization: 'Bearer dev-metrics-token' } });
  expect(await metrics.text()).toMatch(/^era_projection_lag_events\{projection="licences"\} \d+$/m);
});

it('says when the projector has not caught up in time, and catches up once it runs again', async () => {
  const client = ApiClient.for(api);
  await stopProjector();
  const written = (await client.post<WriteAccepted>('/desk/inquiries', inquiry(99))).body;
  const stale = await statistics(client, written.position);
  expect(stale.status).toBe(200);
  expect(stale.body.fresh).toBe(false);
  expect(stale.body.position).toBeLessThan(written.position);
  startProjector();
  await projectorHealth();
  const caughtUp = await statistics(client, written.position);
  expect(caughtUp.body).toMatchObject({ fresh: true, totals: { inquiries: 6 } });
});
