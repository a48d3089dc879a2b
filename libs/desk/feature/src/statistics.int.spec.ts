import { TestApi, TOKENS } from '@era/api-testing';
import { anInquiry, startDeskApi } from './testing/desk-api';

describe('GET /desk/statistics over HTTP (real SQLite)', () => {
  let api: TestApi;
  const post = (path: string, body: object) => api.http().post(path).set(api.as(TOKENS.desk)).send(body);
  const stats = (query: string, token: string = TOKENS.student) => api.http().get(`/desk/statistics?${query}`).set(api.as(token));
  let voidedAt = 0;

  beforeAll(async () => {
    api = await startDeskApi({ LIBRARY_TIMEZONE: 'America/New_York' });
    // Monday 2 March 2026; New York is UTC-5 then.
    await post('/desk/inquiries', anInquiry({ occurredAt: '2026-03-02T14:05:00Z', channel: 'phone', readLevel: 2, durationMinutes: 4 }));
    await post('/desk/inquiries', anInquiry({ occurredAt: '2026-03-02T14:50:00Z', location: 'Law Library', readLevel: 5, durationMinutes: 40 }));
    // 02:30 UTC on Tuesday is still Monday evening in New York.
    await post('/desk/inquiries', anInquiry({ occurredAt: '2026-03-03T02:30:00Z', channel: 'chat', questionType: 'technical', durationMinutes: 6 }));
    const mistaken = await post('/desk/inquiries', anInquiry({ occurredAt: '2026-03-02T15:00:00Z', durationMinutes: 300 }));
    voidedAt = (await post(`/desk/inquiries/${mistaken.body.id}/void`, { reason: 'minutes typed wrong' })).body.position;
    await post('/desk/headcounts', { location: 'main-desk', countedAt: '2026-03-02T15:00:00Z', count: 25 });
  });
  afterAll(() => api.close());

  it('sees a write in the very next query (read-your-writes in the embedded default)', async () => {
    const before = (await stats('from=2026-03-01&to=2026-03-31')).body.totals.inquiries;
    const written = await post('/desk/inquiries', anInquiry({ occurredAt: '2026-03-20T12:00:00Z' }));
    const after = await stats('from=2026-03-01&to=2026-03-31');
    expect(after.body.totals.inquiries).toBe(before + 1);
    expect(after.body.position).toBeGreaterThanOrEqual(written.body.position);
    expect(Number(after.headers['x-projection-position'])).toBeGreaterThanOrEqual(written.body.position);
  });

  it('groups by day and channel in the library time zone, leaving voided inquiries out', async () => {
    const response = await stats('from=2026-03-02&to=2026-03-02&groupBy=day,channel');
    expect(response.status).toBe(200);
    expect(response.body.timeZone).toBe('America/New_York');
    expect(response.body.rows).toEqual([
      { day: '2026-03-02', channel: 'chat', inquiries: 1, minutes: 6 },
      { day: '2026-03-02', channel: 'in-person', inquiries: 1, minutes: 40 },
      { day: '2026-03-02', channel: 'phone', inquiries: 1, minutes: 4 },
    ]);
    expect(response.body.totals).toEqual({ inquiries: 3, minutes: 50, headcount: 25 });
  });

  it('groups by location and hour with headcounts, and by weekday', async () => {
    const byLocation = await stats('from=2026-03-02&to=2026-03-02&groupBy=location&groupBy=hour');
    expect(byLocation.body.rows).toEqual([
      { location: 'Law Library', hour: '09', inquiries: 1, minutes: 40, headcount: 0 },
      { location: 'main-desk', hour: '09', inquiries: 1, minutes: 4, headcount: 0 },
      { location: 'main-desk', hour: '10', inquiries: 0, minutes: 0, headcount: 25 },
      { location: 'main-desk', hour: '21', inquiries: 1, minutes: 6, headcount: 0 },
    ]);
    const byWeekday = await stats('from=2026-03-01&to=2026-03-07&groupBy=weekday,readLevel,type');
    expect(byWeekday.body.rows.map((r: Record<string, unknown>) => [r.weekday, r.readLevel, r.type, r.inquiries])).toEqual([
      ['Mon', 2, 'reference', 1],
      ['Mon', 3, 'technical', 1],
      ['Mon', 5, 'reference', 1],
    ]);
  });

  it('answers CSV for spreadsheets, by Accept header or format parameter', async () => {
    const byHeader = await stats('from=2026-03-02&to=2026-03-02&groupBy=location').set('Accept', 'text/csv');
    expect(byHeader.status).toBe(200);
    expect(byHeader.headers['content-type']).toMatch(/^text\/csv/);
    expect(byHeader.headers['content-disposition']).toMatch(/attachment; filename="desk-statistics_2026-03-02_2026-03-03\.csv"/);
    expect(byHeader.text.replace(/^\ufeff/, '')).toBe('location,inquiries,minutes,headcount\r\nLaw Library,1,40,0\r\nmain-desk,2,10,25\r\n');
    const byParameter = await stats('from=2026-03-02&to=2026-03-02&groupBy=channel&format=csv');
    expect(byParameter.text.replace(/^\ufeff/, '').split('\r\n')[0]).toBe('channel,inquiries,minutes');
  });

  it('replays the statistics as recorded up to a position (before the void)', async () => {
    const asRecorded = await stats(`from=2026-03-02&to=2026-03-02&asOf=${voidedAt - 1}`);
    expect(asRecorded.body.totals).toMatchObject({ inquiries: 4, minutes: 350 });
    const now = await stats('from=2026-03-02&to=2026-03-02');
    expect(now.body.totals).toMatchObject({ inquiries: 3, minutes: 50 });
  });

  it.each([
    ['an unknown dimension', 'groupBy=colour'],
    ['a repeated dimension', 'groupBy=day,day'],
    ['a malformed date', 'from=2026-3-1'],
    ['an impossible month', 'from=2026-13-01'],
    ['a day that does not exist', 'to=2026-02-30'],
    ['a period that ends before it starts', 'from=2026-03-05&to=2026-03-01'],
    ['an unknown time zone', 'timeZone=Mars/Olympus'],
    ['an unknown parameter', 'colour=red'],
    ['a bad asOf', 'asOf=yesterday'],
  ])('refuses %s with problem+json', async (_, query) => {
    const response = await stats(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('needs a staff token to read statistics', async () => {
    expect((await api.http().get('/desk/statistics')).status).toBe(401);
    expect((await stats('', TOKENS.auditor)).status).toBe(200);
  });
});
