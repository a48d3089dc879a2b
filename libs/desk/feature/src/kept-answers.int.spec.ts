import { Response } from 'supertest';
import { TestApi, TOKENS } from '@era/api-testing';
import { GetDeskStatisticsHandler } from './desk-statistics/get-desk-statistics.handler';
import { ListInquiriesHandler } from './list-inquiries/list-inquiries.handler';
import { anInquiry, startDeskApi } from './testing/desk-api';

/** What differs between any two answers, however they were made: when they were sent, and the request's own id. */
const PER_ANSWER = new Set(['date', 'x-correlation-id']);
const sameParts = (response: Response) => ({
  status: response.status,
  headers: Object.fromEntries(Object.entries(response.headers).filter(([name]) => !PER_ANSWER.has(name))),
  body: response.text,
});

/**
 * Kept answers of the desk reads (@KeepAnswers): sent again without Nest while the read models have not moved, the
 * same bytes and headers as Nest's, and only ever to a caller Nest would have answered.
 */
describe('desk reads answered from kept answers (real SQLite, over HTTP)', () => {
  let api: TestApi;
  let builtStatistics: jest.SpyInstance;
  let builtLists: jest.SpyInstance;
  // Each test asks its own statistics (another first day), which no test before it had kept.
  let asked = 0;
  let STATISTICS = '';
  const get = (path: string, headers: Record<string, string> = {}, token: string = TOKENS.student) => api.http().get(path).set(api.as(token)).set(headers);
  const record = (overrides: Record<string, unknown> = {}) => api.http().post('/desk/inquiries').set(api.as(TOKENS.desk)).send(anInquiry(overrides));

  beforeAll(async () => {
    api = await startDeskApi();
    await record({ occurredAt: '2026-03-02T10:15:00Z' });
    await record({ occurredAt: '2026-04-02T10:15:00Z', location: 'Law Library' });
    builtStatistics = jest.spyOn(api.app.get(GetDeskStatisticsHandler), 'execute');
    builtLists = jest.spyOn(api.app.get(ListInquiriesHandler), 'execute');
  });
  afterAll(() => api.close());
  beforeEach(() => {
    jest.clearAllMocks();
    asked += 1;
    STATISTICS = `/desk/statistics?from=2026-01-${String(asked).padStart(2, '0')}&to=2026-12-31&groupBy=month,location`;
  });

  it("answers a repeated request with Nest's bytes and headers, without building it again", async () => {
    const built = await get(STATISTICS);
    const kept = await get(STATISTICS);
    expect(built.status).toBe(200);
    expect(builtStatistics).toHaveBeenCalledTimes(1);
    expect(sameParts(kept)).toEqual(sameParts(built));
    expect(kept.headers['x-correlation-id']).toMatch(/^[\w-]{36}$/);
    expect(kept.headers['x-correlation-id']).not.toBe(built.headers['x-correlation-id']);
    expect(kept.headers['x-projection-position']).toBe(String(await api.head()));
  });

  it('answers 304 to a matching If-None-Match as Nest does', async () => {
    const { headers } = await get(STATISTICS);
    // A request for JSON by Accept is another request (not kept yet), with the same bytes: Nest answers its 304.
    const fromNest = await get(STATISTICS, { Accept: 'application/json', 'If-None-Match': headers.etag });
    const kept = await get(STATISTICS, { 'If-None-Match': headers.etag });
    expect(builtStatistics).toHaveBeenCalledTimes(2);
    expect(kept.status).toBe(304);
    expect(sameParts(kept)).toEqual(sameParts(fromNest));
    expect(kept.headers['content-type']).toBeUndefined();
  });

  it('echoes the caller’s correlation id, and leaves one Nest would refuse to Nest', async () => {
    await get(STATISTICS);
    const given = await get(STATISTICS, { 'X-Correlation-Id': 'desk-7' });
    const refused = await get(STATISTICS, { 'X-Correlation-Id': 'pwd:hunter2' });
    expect(builtStatistics).toHaveBeenCalledTimes(1);
    expect(given.headers['x-correlation-id']).toBe('desk-7');
    expect(refused.status).toBe(400);
  });

  it('never answers a missing, unknown, refused or wrong-role token from what it keeps', async () => {
    const refusals = async () =>
      Promise.all([
        api.http().get(STATISTICS),
        get(STATISTICS, {}, 'not-a-token'),
        get(STATISTICS, { Authorization: `Bearer ${TOKENS.student}x` }),
        get(STATISTICS, {}, TOKENS.metrics),
      ]);
    const before = await refusals();
    await get(STATISTICS);
    const after = await refusals();
    expect(after.map((response) => response.status)).toEqual([401, 401, 401, 403]);
    expect(after.map((response) => response.body)).toEqual(before.map((response) => response.body));
    expect(after.every((response) => !response.text.includes('"totals"'))).toBe(true);
  });

  it('answers anew once an event moved the read model', async () => {
    const before = await get(STATISTICS);
    const written = await record({ occurredAt: '2026-05-02T10:15:00Z' });
    const after = await get(STATISTICS);
    expect(builtStatistics).toHaveBeenCalledTimes(2);
    expect(after.body.totals.inquiries).toBe(before.body.totals.inquiries + 1);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.headers['x-projection-position']).toBe(String(written.body.position));
  });

  it('honours X-Min-Position: a position reached is answered from what is kept, one beyond the log by Nest', async () => {
    await get(STATISTICS);
    const reached = await get(STATISTICS, { 'X-Min-Position': String(await api.head()) });
    expect(builtStatistics).toHaveBeenCalledTimes(1);
    expect(reached.status).toBe(200);
    const beyond = await get(STATISTICS, { 'X-Min-Position': String((await api.head()) + 5) });
    expect(beyond.status).toBe(409);
    const malformed = await get(STATISTICS, { 'X-Min-Position': 'soon' });
    expect(malformed.status).toBe(400);
  });

  it('keeps each representation apart (Accept, format) and leaves as-of statistics to Nest', async () => {
    const json = await get(STATISTICS);
    const csv = await get(STATISTICS, { Accept: 'text/csv' });
    const csvAgain = await get(STATISTICS, { Accept: 'text/csv' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(sameParts(csvAgain)).toEqual(sameParts(csv));
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const asOf = `${STATISTICS}&asOf=${await api.head()}`;
    await get(asOf);
    await get(asOf);
    expect(builtStatistics).toHaveBeenCalledTimes(4);
  });

  it('builds an answer once for requests that ask for it while it is being built', async () => {
    const handler = api.app.get(GetDeskStatisticsHandler);
    builtStatistics.mockImplementationOnce(async (query) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return GetDeskStatisticsHandler.prototype.execute.call(handler, query);
    });
    const first = get(STATISTICS).then((response) => response);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answers = await Promise.all([first, ...Array.from({ length: 4 }, () => get(STATISTICS).then((response) => response))]);
    expect(builtStatistics).toHaveBeenCalledTimes(1);
    expect(answers.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((response) => response.text)).size).toBe(1);
  });

  it('keeps the inquiry list too, and answers the next write in it', async () => {
    const path = '/desk/inquiries?from=2026-01-01&to=2026-12-31&limit=50';
    const built = await get(path);
    const kept = await get(path);
    expect(builtLists).toHaveBeenCalledTimes(1);
    expect(sameParts(kept)).toEqual(sameParts(built));
    await record({ occurredAt: '2026-06-02T10:15:00Z' });
    const after = await get(path);
    expect(after.body.items).toHaveLength(built.body.items.length + 1);
  });
});
