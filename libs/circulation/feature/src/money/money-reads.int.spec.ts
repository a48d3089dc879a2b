import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { Clock } from '@era/decider';
import { CLOCK } from '@era/platform';
import { startCirculationApi } from '../testing/circulation-api';
import { registeredBorrower } from '../testing/registered-borrower';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const MAIN = 'main-desk';
const BRANCH = 'branch-desk';

/**
 * One borrower's ledger over two days at two desks, in a library in Berlin: the late-evening payment of 5 March UTC
 * is 6 March at the desk, and is counted in that day's cash-up.
 */
describe('the statement, the cash-up and the money-given-up review over HTTP', () => {
  let api: TestApi;
  let borrowerId: string;
  const [fine, lost, card] = [randomUUID(), randomUUID(), randomUUID()];
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = (path: string, token: string = TOKENS.deskHead) => api.http().get(path).set(as(token));

  beforeAll(async () => {
    api = await startCirculationApi({ LIBRARY_TIMEZONE: 'Europe/Berlin' });
    const clock = api.app.get<Clock>(CLOCK);
    const at = (instant: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(instant));
    const post = (path: string, body: object, token: string = TOKENS.deskHead) =>
      api.http().post(`/circulation/borrowers/${borrowerId}${path}`).set(as(token)).send(body);
    at('2026-03-05T08:00:00Z');
    borrowerId = await registeredBorrower(api);
    await post('/charges', { chargeId: fine, feeFineType: 'overdue-fine', amount: eur(250), desk: MAIN, loanId: randomUUID() }).expect(201);
    await post('/charges', { chargeId: lost, feeFineType: 'lost-item-fee', amount: eur(4000), desk: MAIN, loanId: randomUUID(), itemId: 'B-0001' }).expect(201);
    at('2026-03-05T10:00:00Z');
    await post('/payments', { amount: eur(1000), method: 'cash', desk: MAIN, chargeIds: [lost] }, TOKENS.student).expect(201);
    at('2026-03-05T11:00:00Z');
    await post('/payments', { amount: eur(3250), method: 'card', desk: BRANCH, chargeIds: [fine, lost] }, TOKENS.desk).expect(201);
    at('2026-03-05T12:00:00Z');
    await post('/refunds', { chargeId: lost, amount: eur(1500), method: 'cash', reason: 'item found', desk: MAIN }).expect(201);
    at('2026-03-05T12:30:00Z');
    await post('/waivers', { amount: eur(1500), chargeIds: [lost], reason: 'returned undamaged', desk: MAIN }, TOKENS.desk).expect(201);
    at('2026-03-05T13:00:00Z');
    await post('/charges', { chargeId: card, feeFineType: 'replacement-card-fee', amount: eur(300), desk: MAIN }, TOKENS.desk).expect(201);
    at('2026-03-05T23:30:00Z');
    await post('/payments', { amount: eur(100), method: 'online', desk: MAIN, chargeIds: [card] }, TOKENS.student).expect(201);
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await api.close();
  });

  it("shows the borrower's statement: every charge with its actions, who and where, and the totals", async () => {
    const { body } = await get(`/circulation/borrowers/${borrowerId}/statement`, TOKENS.student).expect(200);
    expect(body.charges.map((c: { chargeId: string; paymentStatus: string; remaining: object }) => [c.chargeId, c.paymentStatus, c.remaining])).toEqual([
      [fine, 'Paid fully', eur(0)],
      [lost, 'Waived fully', eur(0)],
      [card, 'Paid partially', eur(200)],
    ]);
    const lines = body.charges[1].lines.map((l: Record<string, unknown>) => [
      l.type,
      l.amount,
      l.balanceAfter,
      l.method ?? l.reason ?? null,
      l.servicePointId,
      l.staffId,
      l.staffRole,
    ]);
    expect(lines).toEqual([
      ['charged', eur(4000), eur(4000), null, MAIN, 's-desk-head', 'desk-head'],
      ['paid', eur(1000), eur(3000), 'cash', MAIN, 's-student', 'student'],
      ['paid', eur(3000), eur(0), 'card', BRANCH, 's-desk', 'desk'],
      ['refunded', eur(1500), eur(1500), 'cash', MAIN, 's-desk-head', 'desk-head'],
      ['waived', eur(1500), eur(0), 'returned undamaged', MAIN, 's-desk', 'desk'],
    ]);
    expect(body.totals).toEqual({
      charged: eur(4550),
      paid: eur(4350),
      waived: eur(1500),
      transferred: eur(0),
      refunded: eur(1500),
      cancelled: eur(0),
      owed: eur(200),
    });
    expect(body.totalOwed).toEqual(eur(200));
  });

  it("counts a day's takings per desk and method in the library's time zone, refunds netted and listed", async () => {
    const { body } = await get('/circulation/cash-up?date=2026-03-05').expect(200);
    expect(body).toMatchObject({ date: '2026-03-05', timeZone: 'Europe/Berlin', from: '2026-03-04T23:00:00.000Z', to: '2026-03-05T23:00:00.000Z' });
    expect(body.lines).toEqual([
      { servicePointId: BRANCH, method: 'card', taken: eur(3250), refunded: eur(0), net: eur(3250), payments: 1, refunds: 0 },
      { servicePointId: MAIN, method: 'cash', taken: eur(1000), refunded: eur(1500), net: eur(-500), payments: 1, refunds: 1 },
    ]);
    expect(body.refunds).toEqual([
      expect.objectContaining({ chargeId: lost, amount: eur(1500), staffId: 's-desk-head', reason: 'item found', servicePointId: MAIN }),
    ]);
    expect(body.totals).toEqual([{ taken: eur(4250), refunded: eur(1500), net: eur(2750) }]);
    const nextDay = await get('/circulation/cash-up?date=2026-03-06').expect(200);
    expect(nextDay.body.lines).toEqual([{ servicePointId: MAIN, method: 'online', taken: eur(100), refunded: eur(0), net: eur(100), payments: 1, refunds: 0 }]);
  });

  it('cashes up one desk alone, and as CSV for a spreadsheet', async () => {
    const branch = await get(`/circulation/cash-up?date=2026-03-05&desk=${BRANCH}`).expect(200);
    expect(branch.body.totals).toEqual([{ taken: eur(3250), refunded: eur(0), net: eur(3250) }]);
    const csv = await get('/circulation/cash-up?date=2026-03-05&format=csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="cash-up_2026-03-05.csv"');
    expect(
      csv.text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'date,desk,method,currency,payments,takenMinor,refunds,refundedMinor,netMinor',
      '2026-03-05,branch-desk,card,EUR,1,3250,0,0,3250',
      '2026-03-05,main-desk,cash,EUR,1,1000,1,1500,-500',
      '2026-03-05,all,all,EUR,2,4250,1,1500,2750',
    ]);
  });

  it('lists the money given up with who, role, desk, amount, reason and charge type, totalled per staff member and kind', async () => {
    const { body } = await get('/circulation/reviews/money-given-up?from=2026-03-05&to=2026-03-05', TOKENS.auditor).expect(200);
    expect(
      body.entries.map((e: Record<string, unknown>) => [e.kind, e.staffId, e.staffRole, e.servicePointId, e.amount, e.reason, e.feeFineType, e.chargeId]),
    ).toEqual([
      ['refund', 's-desk-head', 'desk-head', MAIN, eur(1500), 'item found', 'lost-item-fee', lost],
      ['waiver', 's-desk', 'desk', MAIN, eur(1500), 'returned undamaged', 'lost-item-fee', lost],
    ]);
    expect(body.totals).toEqual({
      byStaff: [
        { staffId: 's-desk', roles: ['desk'], count: 1, amount: eur(1500) },
        { staffId: 's-desk-head', roles: ['desk-head'], count: 1, amount: eur(1500) },
      ],
      byKind: [
        { kind: 'refund', count: 1, amount: eur(1500) },
        { kind: 'waiver', count: 1, amount: eur(1500) },
      ],
    });
    const waivers = await get('/circulation/reviews/money-given-up?kind=waiver&staff=s-desk').expect(200);
    expect(waivers.body.entries).toHaveLength(1);
    const elsewhere = await get(`/circulation/reviews/money-given-up?desk=${BRANCH}`).expect(200);
    expect(elsewhere.body.entries).toEqual([]);
    const csv = await get('/circulation/reviews/money-given-up?format=csv').expect(200);
    const rows = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe(
      'actedAt,kind,staffId,staffRole,desk,borrowerId,chargeId,feeFineType,currency,amountMinor,balanceAfterMinor,reason,method,target,account,actionId',
    );
    expect(rows[1]).toMatch(
      new RegExp(`^2026-03-05T12:00:00.000Z,refund,s-desk-head,desk-head,main-desk,${borrowerId},${lost},lost-item-fee,EUR,1500,1500,item found,cash,,,`),
    );
    expect(rows).toHaveLength(3);
  });

  it.each([
    ['the cash-up to a student assistant', '/circulation/cash-up', TOKENS.student],
    ['the money-given-up review to desk staff', '/circulation/reviews/money-given-up', TOKENS.desk],
    ['the money-given-up review to a student assistant', '/circulation/reviews/money-given-up', TOKENS.student],
  ])('refuses %s (403)', async (_, path, token) => {
    await get(path, token).expect(403);
  });

  it.each([
    ['a day that does not exist', '/circulation/cash-up?date=2026-02-30', 'invalid-period'],
    ['a date in another shape', '/circulation/cash-up?date=5.3.2026', 'validation'],
    ['a period backwards', '/circulation/reviews/money-given-up?from=2026-03-06&to=2026-03-05', 'invalid-period'],
    ['a kind that is none', '/circulation/reviews/money-given-up?kind=gift', 'validation'],
    ['a format that is none', '/circulation/cash-up?format=xml', 'validation'],
    ['the last day there is', '/circulation/cash-up?date=9999-12-31', 'invalid-period'],
    ['a review up to the end of time', '/circulation/reviews/money-given-up?to=9999-12-31', 'invalid-period'],
  ])('refuses %s (400 problem+json)', async (_, path, slug) => {
    const response = await get(path).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toContain(slug);
  });
});
