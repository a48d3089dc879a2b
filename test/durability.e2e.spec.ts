/**
 * Durability of the embedded SQLite default, against the real process:
 *  (a) a graceful restart (SIGTERM, start again on the same DATA_DIR) loses and changes nothing;
 *  (b) a SIGKILL in the middle of concurrent writes loses no acknowledged inquiry, counts none twice, and the
 *      client's retry of an unacknowledged request (same id, same details) is recorded exactly once.
 */
import { randomUUID } from 'node:crypto';
import {
  ApiClient,
  CliResult,
  ensureBuilt,
  expectedView,
  GROUPINGS,
  headcount,
  inquiry,
  InquiryBody,
  InquiryView,
  killAllServices,
  mapLimit,
  removeDir,
  runCli,
  runCliJson,
  Service,
  startService,
  Statistics,
  tempDataDir,
  WHOLE_PERIOD,
  WriteAccepted,
} from './support';

jest.setTimeout(60_000);

const dataDirs: string[] = [];

beforeAll(ensureBuilt, 120_000);

afterAll(async () => {
  await killAllServices();
  dataDirs.forEach(removeDir);
});

/** Everything a client can observe of the desk data: statistics in every grouping (JSON and CSV) and each inquiry. */
async function snapshot(api: ApiClient, inquiryIds: readonly string[]) {
  const statistics: Record<string, string> = {};
  for (const groupBy of GROUPINGS) {
    const query = { ...WHOLE_PERIOD, ...(groupBy ? { groupBy } : {}) };
    const json = await api.statistics(query);
    expect(json.status).toBe(200);
    statistics[`json:${groupBy}`] = json.text;
    const csv = await api.statistics({ ...query, format: 'csv' });
    expect(csv.status).toBe(200);
    statistics[`csv:${groupBy}`] = csv.text;
  }
  const inquiries = await mapLimit(inquiryIds, 8, async (id) => {
    const response = await api.get<InquiryView>(`/desk/inquiries/${id}`);
    return { id, status: response.status, etag: response.headers.get('etag'), text: response.text };
  });
  return { headPosition: await api.headPosition(), statistics, inquiries };
}

describe('restart with SIGTERM', () => {
  let service: Service;
  let api: ApiClient;
  let dataDir: string;
  const inquiries = Array.from({ length: 24 }, (_, n) => inquiry(n));
  const headcounts = Array.from({ length: 6 }, (_, n) => headcount(n));

  beforeAll(async () => {
    dataDir = tempDataDir('era-e2e-restart');
    dataDirs.push(dataDir);
    service = await startService({ dataDir });
    api = ApiClient.for(service);
    for (const body of inquiries) expect((await api.post('/desk/inquiries', body)).status).toBe(201);
    for (const body of headcounts) expect((await api.post('/desk/headcounts', body)).status).toBe(201);
    for (const body of inquiries.slice(0, 4)) {
      expect((await api.post(`/desk/inquiries/${body.id}/void`, { reason: 'entered twice' })).status).toBe(200);
    }
    expect((await api.post(`/desk/headcounts/${headcounts[0].id}/void`, { reason: 'wrong room' })).status).toBe(200);
  });

  it('answers exactly the same after a graceful stop and a start on the same data directory', async () => {
    const ids = inquiries.map((body) => body.id);
    const before = await snapshot(api, ids);
    expect(before.headPosition).toBe(inquiries.length + headcounts.length + 4 + 1);
    expect(before.inquiries.every((entry) => entry.status === 200)).toBe(true);
    const totals = (JSON.parse(before.statistics['json:']) as Statistics).totals;
    expect(totals.inquiries).toBe(inquiries.length - 4);
    expect(totals.minutes).toBe(inquiries.slice(4).reduce((sum, body) => sum + body.durationMinutes, 0));
    expect(totals.headcount).toBe(headcounts.slice(1).reduce((sum, body) => sum + body.count, 0));

    const exit = await service.stop('SIGTERM');
    // Nest's shutdown hooks close the stores and then re-raise the signal: a clean exit either way.
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);

    service = await startService({ dataDir });
    api = ApiClient.for(service);
    await api.projectionsCaughtUp();
    const after = await snapshot(api, ids);
    expect(after.headPosition).toBe(before.headPosition);
    expect(after.inquiries).toEqual(before.inquiries);
    for (const key of Object.keys(before.statistics)) expect({ key, text: after.statistics[key] }).toEqual({ key, text: before.statistics[key] });
  });

  it('keeps recording after the restart, continuing the log where it stopped', async () => {
    const head = await api.headPosition();
    const body = inquiry(100);
    const response = await api.post<WriteAccepted>('/desk/inquiries', body);
    expect(response.status).toBe(201);
    expect(response.body.position).toBe(head + 1);
    // A retry of an inquiry recorded before the restart is still recognised as one.
    const retry = await api.post<WriteAccepted>('/desk/inquiries', inquiries[10]);
    expect(retry.status).toBe(200);
    expect(retry.body.created).toBe(false);
    expect(await api.headPosition()).toBe(head + 1);
  });
});

describe('SIGKILL while inquiries are being posted', () => {
  const WRITERS = 4;
  const KILL_AFTER_ACKS = 300;

  let dataDir: string;
  let service: Service;
  /** Every inquiry sent, by id, with the body sent. */
  const attempted = new Map<string, InquiryBody>();
  /** Ids for which a 2xx answer arrived before the kill. */
  const acknowledged = new Set<string>();
  /** Answers other than 2xx before the kill: there should be none. */
  const refused: string[] = [];
  /** Ids found stored after the restart (acknowledged or not). */
  const stored = new Set<string>();
  let api: ApiClient;

  const sum = (ids: Iterable<string>) => [...ids].reduce((total, id) => total + (attempted.get(id)?.durationMinutes ?? 0), 0);
  const totals = async () => {
    const response = await api.statistics(WHOLE_PERIOD);
    expect(response.status).toBe(200);
    return response.body.totals;
  };

  beforeAll(async () => {
    dataDir = tempDataDir('era-e2e-crash');
    dataDirs.push(dataDir);
    service = await startService({ dataDir });
  });

  it(`loses no acknowledged write when killed after ${KILL_AFTER_ACKS} acknowledgements`, async () => {
    const writer = ApiClient.for(service);
    let killed: Promise<unknown> | undefined;
    let sequence = 0;
    const startedAt = Date.now();

    const loop = async () => {
      while (!killed && Date.now() - startedAt < 40_000) {
        const body = inquiry(sequence++);
        attempted.set(body.id, body);
        try {
          const response = await writer.post<WriteAccepted>('/desk/inquiries', body, { timeoutMs: 10_000 });
          if (response.status >= 200 && response.status < 300) {
            acknowledged.add(body.id);
            // Killed from inside the loop, synchronously: the other writers have requests in flight right now.
            if (acknowledged.size >= KILL_AFTER_ACKS && !killed) killed = service.kill();
          } else if (!killed) {
            refused.push(`${response.status} ${response.text}`);
          }
        } catch {
          // The connection died with the process: not acknowledged.
          if (!killed) refused.push(`request failed before the kill (${body.id})`);
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, loop));
    expect(killed).toBeDefined();
    const exit = await killed;
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    expect(refused).toEqual([]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    service = await startService({ dataDir });
    api = ApiClient.for(service);
    const health = await api.projectionsCaughtUp();
    expect(health.status).toBe('ok');

    const found = await mapLimit([...attempted.keys()], 8, async (id) => {
      const response = await api.get<InquiryView>(`/desk/inquiries/${id}`);
      if (response.status === 200) {
        stored.add(id);
        expect(response.body).toMatchObject({ ...expectedView(attempted.get(id) as InquiryBody), status: 'recorded', revision: 0 });
      } else {
        expect(response.status).toBe(404);
      }
      return { id, status: response.status };
    });
    const lost = found.filter(({ id, status }) => acknowledged.has(id) && status !== 200);
    expect(lost).toEqual([]);
    // One event per inquiry: nothing stored twice, nothing stored that was not sent.
    expect(health.headPosition).toBe(stored.size);
  });

  it('passes `verify` on the data directory left behind by the crash', async () => {
    expect(stored.size).toBeGreaterThan(0);
    const report = await runCliJson<{ ok: boolean; eventsChecked?: number; problems: unknown[] }>(['verify'], { dataDir });
    expect({ code: report.code, ok: report.json.ok, problems: report.json.problems }).toEqual({ code: 0, ok: true, problems: [] });
    if (report.json.eventsChecked !== undefined) expect(report.json.eventsChecked).toBe(stored.size);
    const plain: CliResult = await runCli(['verify'], { dataDir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toMatch(/TAMPERED/);
  });

  it('counts every stored inquiry exactly once in the statistics', async () => {
    const { inquiries, minutes } = await totals();
    expect({ inquiries, minutes }).toEqual({ inquiries: stored.size, minutes: sum(stored) });
  });

  it('records each unacknowledged inquiry exactly once when the client retries it with the same id', async () => {
    const unacknowledged = [...attempted.keys()].filter((id) => !acknowledged.has(id));
    const retries = await mapLimit(unacknowledged, 4, async (id) => {
      const response = await api.post<WriteAccepted>('/desk/inquiries', attempted.get(id));
      return { id, status: response.status, created: response.body?.created, wasStored: stored.has(id) };
    });
    for (const retry of retries) {
      // Stored before the crash (the answer was lost): a recognised retry. Not stored: recorded now.
      expect(retry).toEqual({ ...retry, status: retry.wasStored ? 200 : 201, created: !retry.wasStored });
    }
    // And a second round of retries changes nothing.
    const again = await mapLimit([...attempted.keys()].slice(0, 20), 4, (id) => api.post<WriteAccepted>('/desk/inquiries', attempted.get(id)));
    expect(again.map((response) => response.status)).toEqual(again.map(() => 200));

    const { inquiries, minutes } = await totals();
    expect({ inquiries, minutes }).toEqual({ inquiries: attempted.size, minutes: sum(attempted.keys()) });
    expect(await api.headPosition()).toBe(attempted.size);
  });

  it('keeps serving after the crash: a new inquiry is counted', async () => {
    const before = await totals();
    const body = inquiry(9999, { id: randomUUID(), durationMinutes: 7 });
    expect((await api.post('/desk/inquiries', body)).status).toBe(201);
    const after = await totals();
    expect(after.inquiries).toBe(before.inquiries + 1);
    expect(after.minutes).toBe(before.minutes + 7);
  });
});
