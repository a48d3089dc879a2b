import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { WholeLogQueue } from '@era/platform';
import { AppModule } from './app.module';

/**
 * Whole-log work (verification, compliance reviews, seals) goes through one bounded queue per process.
 * With one turn and no waiting place, a whole-log request that arrives while another holds the turn is refused at
 * once, 429 with Retry-After; other requests are not held up by it.
 */
describe('whole-log work through one bounded queue (real SQLite, HTTP)', () => {
  let api: TestApi;
  let queue: WholeLogQueue;
  const inquiry = { location: 'main-desk', channel: 'in-person', questionType: 'reference', readLevel: 3, durationMinutes: 10 };
  const wholeLogRequests = () => [
    api.http().get('/ledger/verification').set(api.as(TOKENS.auditor)),
    api.http().get(`/compliance-review?asOf=${new Date().toISOString()}`).set(api.as(TOKENS.auditor)),
    api.http().post('/compliance-reviews').set(api.as(TOKENS.librarian)).send({ asOf: new Date().toISOString(), seal: true }),
    api.http().post('/ledger/seals').set(api.as(TOKENS.librarian)).send({ reason: 'quarterly' }),
  ];

  /** Takes the one turn until `release` is called: the first whole-log work, deterministically still running. */
  function holdTheTurn(): { release: () => void; done: Promise<unknown> } {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    return { release, done: queue.run(() => held) };
  }

  beforeAll(async () => {
    api = await startTestApi(
      { root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] },
      { WHOLE_LOG_CONCURRENCY: '1', WHOLE_LOG_QUEUE_LENGTH: '0' },
    );
    queue = api.app.get(WholeLogQueue);
    await api.http().post('/desk/inquiries').set(api.as(TOKENS.desk)).send(inquiry).expect(201);
  });
  afterAll(() => api.close());

  it('refuses a second whole-log request while one runs, 429 with Retry-After, and appends nothing', async () => {
    const first = holdTheTurn();
    const headBefore = await api.head();
    for (const response of await Promise.all(wholeLogRequests())) {
      expect(response.status).toBe(429);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(response.body).toMatchObject({ status: 429, title: 'Too much whole-log work at once', concurrency: 1, queueLength: 0 });
    }
    expect(await api.head()).toBe(headBefore);

    // Meanwhile health and writes answer as ever: they do not queue behind whole-log work. Nor do statistics as of a
    // point: they are read from what the statistics keep, not replayed from the log.
    expect((await api.http().get('/health')).status).toBe(200);
    expect((await api.http().get('/desk/statistics?asOf=1').set(api.as(TOKENS.desk))).status).toBe(200);
    expect((await api.http().post('/desk/inquiries').set(api.as(TOKENS.desk)).send(inquiry)).status).toBe(201);

    first.release();
    await first.done;
    // One at a time: with one turn and no waiting place, two at once would be refused again.
    for (const request of wholeLogRequests().slice(0, 2)) expect((await request).status).toBe(200);
  });

  it('lets a whole-log request wait for the turn when a waiting place is free', async () => {
    const roomy = await startTestApi({ root: (config) => AppModule.forApi(config) }, { WHOLE_LOG_CONCURRENCY: '1', WHOLE_LOG_QUEUE_LENGTH: '1' });
    try {
      let release!: () => void;
      const roomyQueue = roomy.app.get(WholeLogQueue);
      const held = roomyQueue.run(() => new Promise<void>((resolve) => (release = resolve)));
      const waiting = roomy
        .http()
        .get('/ledger/verification')
        .set(roomy.as(TOKENS.auditor))
        .then((response) => response);
      while (roomyQueue.queue.state.waiting === 0) await new Promise((resolve) => setImmediate(resolve));
      const refused = await roomy.http().get(`/compliance-review?asOf=${new Date().toISOString()}`).set(roomy.as(TOKENS.auditor));
      expect(refused.status).toBe(429);
      release();
      await held;
      expect((await waiting).status).toBe(200);
    } finally {
      await roomy.close();
    }
  });
});
