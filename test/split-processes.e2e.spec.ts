/**
 * The production topology on the embedded engine: the HTTP API (ERA_MODE=api) and the projector
 * (ERA_MODE=projector) as two processes on one data folder. Reads catch up with a write through X-Min-Position.
 */
import { ChildProcess, spawn } from 'node:child_process';
import {
  API_MAIN,
  ApiClient,
  ensureBuilt,
  inquiry,
  killAllServices,
  removeDir,
  ROOT,
  serviceEnv,
  Service,
  sleep,
  startService,
  Statistics,
  tempDataDir,
  WHOLE_PERIOD,
  WriteAccepted,
} from './support';

jest.setTimeout(60_000);

const dataDir = tempDataDir('era-split');
let api: Service;
let projector: ChildProcess | undefined;

function startProjector(): ChildProcess {
  const child = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env: serviceEnv(dataDir, { ERA_MODE: 'projector' }), stdio: 'ignore' });
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

const statistics = (client: ApiClient, minPosition?: number) =>
  client.get<Statistics>(`/desk/statistics?from=${WHOLE_PERIOD.from}&to=${WHOLE_PERIOD.to}`, {
    headers: minPosition === undefined ? {} : { 'X-Min-Position': String(minPosition) },
  });

beforeAll(async () => {
  await ensureBuilt();
  api = await startService({ dataDir, env: { ERA_MODE: 'api', READ_YOUR_WRITES_TIMEOUT_MS: '3000' } });
  startProjector();
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
  ]);
  const writes: WriteAccepted[] = [];
  for (let n = 0; n < 5; n++) writes.push((await client.post<WriteAccepted>('/desk/inquiries', inquiry(n))).body);
  const last = writes[writes.length - 1].position;
  const response = await statistics(client, last);
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ fresh: true, totals: { inquiries: 5 } });
  expect(response.body.position).toBeGreaterThanOrEqual(last);
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
  await sleep(100);
  const caughtUp = await statistics(client, written.position);
  expect(caughtUp.body).toMatchObject({ fresh: true, totals: { inquiries: 6 } });
});
