import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestApi, TOKENS } from '@era/api-testing';
import { InquiryRecorded, inquiryStream } from '@era/desk-domain';
import { AppendMetadata } from '@era/event-store';
import { tamperWith } from '@era/event-store-sqlite/testing';
import { MAX_STATISTICS_ROWS } from '@era/projection-desk-statistics';
import { anInquiry, startDeskApi } from './testing/desk-api';

const ALL_DIMENSIONS = 'hour,weekday,day,month,location,channel,type,readLevel';
/** Projecting and replaying ten thousand events is set-up, given time on a busy machine (not a speed assertion). */
const SET_UP_TIME = 120_000;
const metadata: AppendMetadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'bulk', causationId: 'bulk', source: 'api' };

/** The work one statistics request may cause is bounded: rows answered, time waited, events read. */
describe('GET /desk/statistics, bounded (real SQLite, HTTP)', () => {
  describe('on a log of many inquiries, each at its own location', () => {
    let api: TestApi;
    const stats = (query: string) => api.http().get(`/desk/statistics?from=2026-03-02&to=2026-03-02&${query}`).set(api.as(TOKENS.desk));

    beforeAll(async () => {
      // A long wait for read-your-writes: an X-Min-Position that waited for it would time the test out.
      api = await startDeskApi({ READ_YOUR_WRITES_TIMEOUT_MS: '60000' });
      // Appended in one batch (the HTTP path would take minutes): one more distinct location than the cap allows rows.
      const inquiries = Array.from({ length: MAX_STATISTICS_ROWS + 1 }, (_, i): { type: 'InquiryRecorded'; data: InquiryRecorded } => ({
        type: 'InquiryRecorded',
        data: { ...anInquiry({ location: `desk-${i}` }), inquiryId: randomUUID() } as InquiryRecorded,
      }));
      const { position } = await api.events.append(inquiryStream(randomUUID()), inquiries, { expectedRevision: 'no_stream', metadata });
      // Read-your-writes: the next query reflects the batch.
      expect((await stats('').set('X-Min-Position', String(position))).body.totals.inquiries).toBe(MAX_STATISTICS_ROWS + 1);
    }, SET_UP_TIME);
    afterAll(() => api.close());

    it(
      'refuses a grouping by all eight dimensions with a problem that names the cap and suggests a coarser grouping',
      async () => {
        for (const response of [await stats(`groupBy=${ALL_DIMENSIONS}`), await stats(`groupBy=${ALL_DIMENSIONS}&asOf=${await api.head()}`)]) {
          expect(response.status).toBe(422);
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(response.body).toMatchObject({ title: 'Statistics answer too large', maxRows: MAX_STATISTICS_ROWS });
          expect(response.body.detail).toContain(`more than ${MAX_STATISTICS_ROWS} rows`);
          expect(response.body.suggestion).toMatch(/fewer dimensions.*day instead of hour.*month instead of day.*shorter period/);
        }
      },
      SET_UP_TIME,
    );

    it('answers the coarser grouping it suggests', async () => {
      const response = await stats('groupBy=day,channel');
      expect(response.status).toBe(200);
      expect(response.body.rows).toEqual([
        { day: '2026-03-02', channel: 'in-person', inquiries: MAX_STATISTICS_ROWS + 1, minutes: 10 * (MAX_STATISTICS_ROWS + 1) },
      ]);
    });

    it('answers at once, 409, when X-Min-Position is beyond the head of the log, instead of holding the request for the whole wait', async () => {
      const head = await api.head();
      const response = await stats('').set('X-Min-Position', String(head + 1000));
      expect(response.status).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toMatchObject({ title: 'Position not in the log yet', minPosition: head + 1000, headPosition: head });
      // The head itself is reached, and answered.
      expect((await stats('').set('X-Min-Position', String(head))).status).toBe(200);
    });
  });

  describe('as of an early instant', () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startDeskApi();
    });
    afterAll(() => api.close());

    it('stops reading the log at that instant: events recorded after it are never read, even ones that could not be', async () => {
      const post = (overrides: Record<string, unknown>) => api.http().post('/desk/inquiries').set(api.as(TOKENS.desk)).send(anInquiry(overrides)).expect(201);
      await post({ durationMinutes: 7 });
      await post({ durationMinutes: 8 });
      const instant = await instantAfterLastWrite(api);
      await post({ durationMinutes: 9 });
      // A row no reader could parse, after the instant: reading it would fail the request.
      tamperWith(join(api.dataDir, 'events.sqlite'), (db) =>
        db
          .prepare(
            'INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, previous_hash, hash) VALUES (?, ?, 0, ?, 1, ?, ?, ?, ?)',
          )
          .run(randomUUID(), inquiryStream(randomUUID()), 'InquiryRecorded', '{not json', '{not json', '', ''),
      );
      const response = await api
        .http()
        .get(`/desk/statistics?from=2026-03-02&to=2026-03-02&asOf=${encodeURIComponent(instant)}`)
        .set(api.as(TOKENS.desk));
      expect(response.status).toBe(200);
      expect(response.body.totals).toMatchObject({ inquiries: 2, minutes: 15 });
    });
  });
});

/** An instant after every event recorded so far and before any recorded later (recordedAt has millisecond steps). */
async function instantAfterLastWrite(api: TestApi): Promise<string> {
  let last = '';
  for await (const event of api.events.readAll({ after: (await api.head()) - 1 })) last = event.metadata.recordedAt;
  await new Promise((resolve) => setTimeout(resolve, 5));
  return new Date(Date.parse(last) + 1).toISOString();
}
