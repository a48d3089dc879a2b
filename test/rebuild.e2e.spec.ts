/**
 * `era projections rebuild desk-statistics` while the service runs: the rebuilt generation answers byte for byte
 * what the live one did, `projections status` shows the new generation, and the running service follows the swap
 * (a write made afterwards is counted, and its projection stays healthy).
 */
import {
  ApiClient,
  assertCliBuilt,
  ensureBuilt,
  GROUPINGS,
  headcount,
  inquiry,
  killAllServices,
  removeDir,
  runCli,
  runCliJson,
  Service,
  startService,
  Statistics,
  WHOLE_PERIOD,
  WriteAccepted,
} from './support';

jest.setTimeout(60_000);

interface ProjectionStatus {
  name: string;
  version: number;
  state: string;
  generation?: string;
  servingVersion?: number;
  position: number;
  headPosition: number;
  lag: number;
  rebuild?: unknown;
}

let service: Service;
let api: ApiClient;
const inquiries = Array.from({ length: 40 }, (_, n) => inquiry(n));
const headcounts = Array.from({ length: 8 }, (_, n) => headcount(n));

/** Every statistics answer compared across the rebuild: each grouping as JSON and CSV, and one in another zone. */
const QUERIES: Record<string, string>[] = [
  ...GROUPINGS.flatMap((groupBy) => {
    const query = { ...WHOLE_PERIOD, ...(groupBy ? { groupBy } : {}) };
    return [query, { ...query, format: 'csv' }];
  }),
  { ...WHOLE_PERIOD, groupBy: 'day,hour,location', timeZone: 'America/Los_Angeles' },
  { from: '2025-03-04', to: '2025-03-05', groupBy: 'location,readLevel' },
];

async function allStatistics(): Promise<string[]> {
  const answers: string[] = [];
  for (const query of QUERIES) {
    const response = await api.statistics(query);
    expect({ query, status: response.status }).toEqual({ query, status: 200 });
    answers.push(response.text);
  }
  return answers;
}

async function deskStatisticsStatus(dataDir: string): Promise<ProjectionStatus> {
  const { code, json, stderr } = await runCliJson<ProjectionStatus[]>(['projections', 'status'], { dataDir });
  expect({ code, stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  const status = json.find((entry) => entry.name === 'desk-statistics');
  if (!status) throw new Error(`projections status lists no desk-statistics: ${JSON.stringify(json)}`);
  return status;
}

beforeAll(async () => {
  await ensureBuilt();
  service = await startService();
  api = ApiClient.for(service);
  for (const body of inquiries) expect((await api.post('/desk/inquiries', body)).status).toBe(201);
  for (const body of headcounts) expect((await api.post('/desk/headcounts', body)).status).toBe(201);
  for (const body of inquiries.filter((_, n) => n % 7 === 3)) {
    expect((await api.post(`/desk/inquiries/${body.id}/void`, { reason: 'duplicate' })).status).toBe(200);
  }
  expect((await api.post(`/desk/headcounts/${headcounts[2].id}/void`, { reason: 'miscounted' })).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await killAllServices();
  removeDir(service?.dataDir);
});

describe('projections rebuild desk-statistics with the service running', () => {
  let before: string[];
  let statusBefore: ProjectionStatus;
  let head: number;

  it('rebuilds into a new generation that answers exactly as the old one did', async () => {
    assertCliBuilt();
    head = (await api.projectionsCaughtUp()).headPosition;
    before = await allStatistics();
    const totals = (JSON.parse(before[0]) as Statistics).totals;
    expect(totals.inquiries).toBe(inquiries.length - inquiries.filter((_, n) => n % 7 === 3).length);

    statusBefore = await deskStatisticsStatus(service.dataDir);
    expect(statusBefore).toMatchObject({ position: head, headPosition: head, lag: 0 });
    expect(statusBefore.generation).toEqual(expect.any(String));

    const rebuild = await runCli(['projections', 'rebuild', 'desk-statistics'], { dataDir: service.dataDir });
    expect({ code: rebuild.code, stderr: rebuild.stderr }).toEqual({ code: 0, stderr: expect.any(String) });

    const statusAfter = await deskStatisticsStatus(service.dataDir);
    expect(statusAfter.generation).toEqual(expect.any(String));
    expect(statusAfter.generation).not.toBe(statusBefore.generation);
    expect(statusAfter).toMatchObject({ position: head, headPosition: head, lag: 0, servingVersion: statusAfter.version });
    expect(statusAfter.rebuild).toBeUndefined();
    expect(rebuild.stdout).toContain(statusAfter.generation);

    const after = await allStatistics();
    after.forEach((text, index) => expect({ query: QUERIES[index], text }).toEqual({ query: QUERIES[index], text: before[index] }));
  });

  it('is followed by the running service: new writes are counted and the projection stays live', async () => {
    assertCliBuilt();
    const base = (await api.statistics<Statistics>({ ...WHOLE_PERIOD, groupBy: 'location' })).body;
    const extra = inquiry(1000, { location: 'Music Library', durationMinutes: 12 });
    const recorded = await api.post<WriteAccepted>('/desk/inquiries', extra);
    expect(recorded.status).toBe(201);
    expect(recorded.body.position).toBe(head + 1);
    const voided = await api.post(`/desk/inquiries/${inquiries[0].id}/void`, { reason: 'after the rebuild' });
    expect(voided.status).toBe(200);

    const health = await api.projectionsCaughtUp(10_000);
    expect(health).toMatchObject({ status: 'ok', headPosition: head + 2 });

    const now = await api.statistics<Statistics>({ ...WHOLE_PERIOD, groupBy: 'location' });
    expect(now.body.position).toBe(head + 2);
    expect(now.body.totals).toEqual({
      ...base.totals,
      inquiries: base.totals.inquiries + 1 - 1,
      minutes: base.totals.minutes + 12 - inquiries[0].durationMinutes,
    });
    expect(now.body.rows).toContainEqual(expect.objectContaining({ location: 'Music Library', inquiries: 1, minutes: 12 }));

    const status = await deskStatisticsStatus(service.dataDir);
    expect(status).toMatchObject({ position: head + 2, lag: 0 });
  });

  it('serves the rebuilt generation after a restart too', async () => {
    const live = await allStatistics();
    await service.stop('SIGTERM');
    service = await startService({ dataDir: service.dataDir });
    api = ApiClient.for(service);
    await api.projectionsCaughtUp();
    expect(await allStatistics()).toEqual(live);
  });
});
