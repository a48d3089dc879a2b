import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { CirculationEvent } from '@era/circulation-domain';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppModule } from '../app.module';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const checkOut = (loanId: string, desk: string, loanDate: string): CirculationEvent => ({
  type: 'ItemCheckedOut',
  data: {
    barcode: `B-${loanId}`,
    loanId,
    borrowerId: 'b-1',
    desk,
    loanDate,
    dueDate: '2026-04-01T21:59:59Z',
    loanPolicyId: 'p',
    action: 'checkedout',
    overrides: [],
  },
});
const checkIn = (loanId: string, desk: string, returnDate: string): CirculationEvent => ({
  type: 'ItemCheckedIn',
  data: { barcode: `B-${loanId}`, loanId, borrowerId: 'b-1', desk, returnDate, action: 'checkedin', previousStatus: 'checked out' },
});
const payment = (actionId: string, desk: string, actedAt: string, minor: number): CirculationEvent => ({
  type: 'FinePaid',
  data: { actionId, borrowerId: 'b-1', servicePointId: desk, source: 's-desk', actedAt, amount: eur(minor), allocations: [], method: 'cash' },
});
const none = { checkOuts: 0, checkIns: 0, renewals: 0, holdsFilled: 0, overrides: 0, payments: 0, paid: [] };

/** The desk statistics with the circulation counts the application gives them through the desk's port. */
describe('circulation counts in GET /desk/statistics (real SQLite and HTTP)', () => {
  let api: TestApi;
  let beforePayments = 0;
  let position = 0;

  const stats = (query: string) => api.http().get(`/desk/statistics?${query}`).set(api.as(TOKENS.librarian)).set('X-Min-Position', String(position));

  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] });
    const inquiry = await api
      .http()
      .post('/desk/inquiries')
      .set(api.as(TOKENS.desk))
      .send({ location: 'main-desk', channel: 'in-person', questionType: 'reference', readLevel: 2, durationMinutes: 5, occurredAt: '2026-03-02T09:10:00Z' });
    expect(inquiry.status).toBe(201);
    const history: CirculationEvent[] = [
      checkOut('l1', 'main-desk', '2026-03-02T09:05:00Z'),
      checkOut('l2', 'main-desk', '2026-03-02T09:20:00Z'),
      checkOut('l3', 'law-desk', '2026-03-02T14:00:00Z'),
      checkIn('l1', 'law-desk', '2026-03-02T14:30:00Z'),
      payment('p1', 'law-desk', '2026-03-02T14:35:00Z', 150),
      payment('p2', 'law-desk', '2026-03-02T14:40:00Z', 100),
    ];
    for (const [index, event] of history.entries()) {
      const result = await api.events.append(`circulation-${index}`, [event], {
        expectedRevision: 'no_stream',
        metadata: { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' },
      });
      if (event.type === 'ItemCheckedIn') beforePayments = result.position;
      position = result.position;
    }
  });
  afterAll(() => api.close());

  it('counts check-outs, check-ins and payments per desk and local hour beside the inquiries', async () => {
    const response = await stats('from=2026-03-02&to=2026-03-02&groupBy=location,hour&timeZone=Europe/Berlin');
    expect(response.status).toBe(200);
    expect(response.body.rows).toEqual([{ location: 'main-desk', hour: '10', inquiries: 1, minutes: 5, headcount: 0 }]);
    expect(response.body.circulation).toEqual({
      groupBy: ['location', 'hour'],
      rows: [
        { location: 'law-desk', hour: '15', ...none, checkOuts: 1, checkIns: 1, payments: 2, paid: [eur(250)] },
        { location: 'main-desk', hour: '10', ...none, checkOuts: 2 },
      ],
      totals: { ...none, checkOuts: 3, checkIns: 1, payments: 2, paid: [eur(250)] },
      position: expect.any(Number),
      fresh: true,
    });
  });

  it('groups the counts by place and time only, whatever else the inquiries are grouped by', async () => {
    const response = await stats('from=2026-03-02&to=2026-03-02&groupBy=channel');
    expect(response.body.circulation.groupBy).toEqual([]);
    expect(response.body.circulation.rows).toEqual([{ ...none, checkOuts: 3, checkIns: 1, payments: 2, paid: [eur(250)] }]);
  });

  it('counts as recorded at an earlier position with asOf', async () => {
    const response = await stats(`from=2026-03-02&to=2026-03-02&asOf=${beforePayments}`);
    expect(response.status).toBe(200);
    expect(response.body.circulation.totals).toEqual({ ...none, checkOuts: 3, checkIns: 1 });
  });

  it('exports the circulation counts as their own CSV table, paid amounts per currency', async () => {
    const response = await stats('from=2026-03-02&to=2026-03-02&groupBy=location&format=csv&section=circulation');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain('circulation-statistics_2026-03-02_2026-03-02.csv');
    const [header, ...rows] = response.text.replace('\ufeff', '').trim().split('\r\n');
    expect(header).toBe('location,checkOuts,checkIns,renewals,holdsFilled,overrides,payments,paid_EUR_minor');
    expect(rows).toEqual(['law-desk,1,1,0,0,0,2,250', 'main-desk,2,0,0,0,0,0,0']);
  });

  it('leaves out what falls outside the period', async () => {
    const response = await stats('from=2026-03-03&to=2026-03-04');
    expect(response.body.circulation.totals).toEqual(none);
  });
});
