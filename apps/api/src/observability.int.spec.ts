import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppModule } from './app.module';

const headcount = { location: 'reading-room', count: 12 };

/** Every JSON line the service logged, parsed (a line that is not JSON fails the parse, and the test). */
function logCapture() {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line.length > 0),
      );
      done();
    },
  });
  return { stream, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** The value of one sample in Prometheus text format, or undefined when the series is absent. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('operators: metrics and logs of the API (real SQLite)', () => {
  let api: TestApi;
  const logs = logCapture();
  beforeAll(async () => {
    api = await startTestApi(
      { root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] },
      { LOG_LEVEL: 'debug' },
      { logDestination: logs.stream },
    );
  });
  afterAll(() => api.close());

  describe('/metrics', () => {
    it('answers Prometheus text only to the metrics and admin roles', async () => {
      expect((await api.http().get('/metrics')).status).toBe(401);
      expect((await api.http().get('/metrics').set(api.as(TOKENS.desk))).status).toBe(403);
      const scraped = await api.http().get('/metrics').set(api.as(TOKENS.metrics));
      expect(scraped.status).toBe(200);
      expect(scraped.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect((await api.http().get('/metrics').set(api.as(TOKENS.admin))).status).toBe(200);
    });

    it('lets the metrics role read nothing else, not even what every staff member may read', async () => {
      expect((await api.http().get('/desk/inquiries').set(api.as(TOKENS.metrics))).status).toBe(403);
      expect((await api.http().post('/desk/headcounts').set(api.as(TOKENS.metrics)).send(headcount)).status).toBe(403);
    });

    it('counts requests by route template and status, appends, and shows projection position and lag in events', async () => {
      const scrape = async () => (await api.http().get('/metrics').set(api.as(TOKENS.metrics))).text;
      const created = 'era_http_requests_total{method="POST",route="/desk/headcounts",status="201"}';
      const missing = 'era_http_requests_total{method="GET",route="/desk/inquiries/:id",status="404"}';
      const unknownId = randomUUID();
      const before = await scrape();

      await api.http().post('/desk/headcounts').set(api.as(TOKENS.desk)).send(headcount);
      await api.http().post('/desk/headcounts').set(api.as(TOKENS.desk)).send(headcount);
      await api.http().get(`/desk/inquiries/${unknownId}`).set(api.as(TOKENS.desk));
      const after = await scrape();

      expect((sample(after, created) ?? 0) - (sample(before, created) ?? 0)).toBe(2);
      expect(sample(after, missing)).toBe(1);
      expect(after).not.toContain(unknownId);
      expect((sample(after, 'era_event_store_appends_total{outcome="ok"}') ?? 0) - (sample(before, 'era_event_store_appends_total{outcome="ok"}') ?? 0)).toBe(
        2,
      );
      expect(sample(after, 'era_event_store_append_duration_seconds_count{outcome="ok"}')).toBeGreaterThanOrEqual(2);
      expect(sample(after, 'era_projection_position{projection="desk-inquiries"}')).toBe(await api.head());
      expect(sample(after, 'era_projection_lag_events{projection="desk-inquiries"}')).toBe(0);
      expect(sample(after, 'era_projection_state{projection="licences",state="live"}')).toBe(1);
      expect(sample(after, 'era_projection_retries{projection="licences"}')).toBe(0);
      expect(after).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
      expect(after).toMatch(/^era_http_request_duration_seconds_bucket\{le="0\.005",method="POST",route="\/desk\/headcounts",status="201"\} \d/m);
    });
  });

  describe('logs', () => {
    it('writes JSON lines that carry the request correlation id, and never the token', async () => {
      const from = logs.raw.length;
      const response = await api
        .http()
        .post('/desk/headcounts?patron=someone@example.org')
        .set(api.as(TOKENS.desk))
        .set('X-Correlation-Id', 'desk-pc-7-req-42')
        .send({ ...headcount, count: 'a-dozen-or-so' });
      expect(response.status).toBe(400);
      expect(response.headers['x-correlation-id']).toBe('desk-pc-7-req-42');

      const lines = logs.lines().slice(from);
      const ofRequest = lines.filter((line) => line.correlationId === 'desk-pc-7-req-42');
      expect(ofRequest.length).toBeGreaterThanOrEqual(1);
      expect(ofRequest).toContainEqual(expect.objectContaining({ req: { method: 'POST', url: '/desk/headcounts?[redacted]' }, res: { statusCode: 400 } }));
      // Nothing of this request was logged without its id; the token, the query and the body never appear.
      expect(lines.filter((line) => line.correlationId === undefined && JSON.stringify(line).includes('/desk/headcounts'))).toEqual([]);
      const text = logs.raw.join('\n');
      expect(text).not.toContain(TOKENS.desk);
      expect(text).not.toContain('someone@example.org');
      expect(text).not.toContain('a-dozen-or-so');
    });

    it('gives a request without a correlation id a new one, echoed to the client and carried by its events', async () => {
      const from = logs.raw.length;
      const response = await api.http().post('/desk/headcounts').set(api.as(TOKENS.desk)).send(headcount);
      const correlationId = response.headers['x-correlation-id'];
      expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(logs.lines().slice(from)).toContainEqual(expect.objectContaining({ correlationId, res: { statusCode: 201 } }));
      const stored = [];
      for await (const event of api.events.readAll({ after: (await api.head()) - 1 })) stored.push(event);
      expect(stored[0].metadata.correlationId).toBe(correlationId);
    });
  });
});
