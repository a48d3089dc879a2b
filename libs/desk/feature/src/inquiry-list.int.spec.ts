import { TestApi, TOKENS } from '@era/api-testing';
import { anInquiry, startDeskApi } from './testing/desk-api';

interface Listing {
  id: string;
  occurredAt: string;
  location: string;
  status: string;
  voidReason?: string;
  recordedBy: string;
  revision: number;
}

describe('GET /desk/inquiries: finding entries again (real SQLite)', () => {
  let api: TestApi;
  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const list = (query: string) => api.http().get(`/desk/inquiries?${query}`).set(api.as(TOKENS.student));

  beforeAll(async () => {
    api = await startDeskApi({ LIBRARY_TIMEZONE: 'Europe/Berlin' });
    // Berlin is UTC+1 in March: 23:30 UTC on 2 March is already 3 March there.
    for (const [at, location] of [
      ['2026-03-02T08:00:00Z', 'main-desk'],
      ['2026-03-02T09:00:00Z', 'Law Library'],
      ['2026-03-02T10:00:00Z', 'main-desk'],
      ['2026-03-02T11:00:00Z', 'main-desk'],
      ['2026-03-02T23:30:00Z', 'main-desk'],
    ]) {
      await post('/desk/inquiries', anInquiry({ occurredAt: at, location }), TOKENS.student);
    }
  });
  afterAll(() => api.close());

  it('lists a local day newest first, with who recorded each entry and its revision', async () => {
    const response = await list('from=2026-03-02&to=2026-03-02');
    expect(response.status).toBe(200);
    expect(response.body.items.map((i: Listing) => i.occurredAt)).toEqual([
      '2026-03-02T11:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T08:00:00.000Z',
    ]);
    expect(response.body.items[0]).toMatchObject({ status: 'recorded', recordedBy: 's-student', revision: 0, location: 'main-desk' });
    expect(response.body.items[0]._position).toBeUndefined();
  });

  it('filters by location and pages with a cursor', async () => {
    const first = await list('from=2026-03-02&to=2026-03-03&location=main-desk&limit=2');
    expect(first.body.items.map((i: Listing) => i.occurredAt)).toEqual(['2026-03-02T23:30:00.000Z', '2026-03-02T11:00:00.000Z']);
    const second = await list(`from=2026-03-02&to=2026-03-03&location=main-desk&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i: Listing) => i.occurredAt)).toEqual(['2026-03-02T10:00:00.000Z', '2026-03-02T08:00:00.000Z']);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it('shows a void right after it is made, and can list voided entries only', async () => {
    const [target] = (await list('from=2026-03-02&to=2026-03-02&location=Law%20Library')).body.items as Listing[];
    await post(`/desk/inquiries/${target.id}/void`, { reason: 'wrong desk' }).set('If-Match', `"${target.revision}"`).expect(200);
    const voided = await list('from=2026-03-01&to=2026-03-31&status=voided');
    expect(voided.body.items).toEqual([expect.objectContaining({ id: target.id, status: 'voided', voidReason: 'wrong desk', revision: 1 })]);
  });

  it.each([
    ['a limit over the maximum', 'limit=501'],
    ['a limit that is not a number', 'limit=ten'],
    ['an unknown status', 'status=deleted'],
    ['a forged cursor', 'cursor=abc'],
    ['an unknown parameter', 'patron=jane'],
  ])('refuses %s with problem+json', async (_, query) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
