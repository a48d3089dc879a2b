import { TestApi, TOKENS } from '@era/api-testing';
import { Clock } from '@era/decider';
import { CLOCK } from '@era/platform';
import { startCirculationApi } from './testing/circulation-api';

const DESK = 'main-library';
const eur = (minor: number) => ({ minor, currency: 'EUR' });

/**
 * Issue 11's scenario at the desk, through HTTP only: a community borrower (three items at most) takes out two
 * journals and a book; a fourth item is refused for the item limit and lent through the head of the desk's override;
 * a journal comes back late and is fined; part is paid, the rest waived; the other journal, at its renewal limit, is
 * renewed through an override. The override review, the statement and the cash-up show exactly that.
 */
describe('circulation at the desk, from registration to the cash-up (issue 11)', () => {
  let api: TestApi;
  let clock: Clock;
  let borrowerId: string;
  let position = 0;
  const at = (instant: string) => jest.spyOn(clock, 'now').mockReturnValue(new Date(instant));
  const post = async (path: string, body: object, token: string, status: number) => {
    const response = await api.http().post(path).set(api.as(token)).send(body);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status });
    position = Math.max(position, Number(response.headers['x-event-position'] ?? 0));
    return response;
  };
  const get = (path: string, token: string = TOKENS.deskHead) => api.http().get(path).set(api.as(token)).set('X-Min-Position', String(position)).expect(200);

  beforeAll(async () => {
    api = await startCirculationApi();
    clock = api.app.get<Clock>(CLOCK);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  it('registers the borrower and the items', async () => {
    at('2026-03-02T09:00:00Z');
    const registered = await post('/circulation/borrowers', { patronGroup: 'community', name: 'Robin Reader', cardNumber: 'C0001234' }, TOKENS.desk, 201);
    borrowerId = registered.body.id;
    for (const [barcode, itemType] of [
      ['J-0001', 'journal'],
      ['J-0002', 'journal'],
      ['B-0001', 'book'],
      ['B-0002', 'book'],
    ])
      await post(
        '/circulation/items',
        { barcode, title: `Title ${barcode}`, titleId: `title-${barcode}`, owningLocation: DESK, itemType, loanable: true },
        TOKENS.desk,
        201,
      );
  });

  it('checks out until the item limit blocks, and lends the fourth item through the head of the desk’s override', async () => {
    at('2026-03-02T10:00:00Z');
    for (const itemBarcode of ['J-0001', 'J-0002', 'B-0001'])
      await post('/circulation/check-outs', { itemBarcode, borrowerId, desk: DESK }, TOKENS.student, 201);
    const refused = await post('/circulation/check-outs', { itemBarcode: 'B-0002', borrowerId, desk: DESK }, TOKENS.desk, 422);
    expect(refused.body.blocks).toEqual([expect.objectContaining({ blockType: 'itemLimitBlock', permission: 'circulation.override-item-limit-block.post' })]);
    const overrides = [{ blockType: 'itemLimitBlock', comment: 'Community reading group this week' }];
    await post('/circulation/check-outs', { itemBarcode: 'B-0002', borrowerId, desk: DESK, overrides }, TOKENS.desk, 403);
    const lent = await post('/circulation/check-outs', { itemBarcode: 'B-0002', borrowerId, desk: DESK, overrides }, TOKENS.deskHead, 201);
    expect(lent.body.overrides).toEqual([expect.objectContaining({ blockType: 'itemLimitBlock' })]);
  });

  let fine: { chargeId: string; amount: { minor: number; currency: string } };

  it('charges an overdue fine when a journal comes back late, takes part of it and waives the rest with a reason', async () => {
    at('2026-03-13T10:00:00Z');
    const checkedIn = await post('/circulation/check-ins', { itemBarcode: 'J-0001', desk: DESK }, TOKENS.student, 200);
    fine = checkedIn.body.fine;
    // Due at the end of 9 March (seven days), back on the 13th: four days at the journal's €0.50 a day.
    expect(fine).toEqual({ chargeId: expect.any(String), amount: eur(200) });
    at('2026-03-13T10:05:00Z');
    await post(
      `/circulation/borrowers/${borrowerId}/payments`,
      { amount: eur(100), method: 'cash', desk: DESK, chargeIds: [fine.chargeId] },
      TOKENS.student,
      201,
    );
    const rest = fine.amount.minor - 100;
    await post(
      `/circulation/borrowers/${borrowerId}/waivers`,
      { amount: eur(rest), chargeIds: [fine.chargeId], reason: 'late bus service all week', desk: DESK },
      TOKENS.student,
      403,
    );
    const waived = await post(
      `/circulation/borrowers/${borrowerId}/waivers`,
      { amount: eur(rest), chargeIds: [fine.chargeId], reason: 'late bus service all week', desk: DESK },
      TOKENS.desk,
      201,
    );
    expect(waived.body.balanceOwed).toEqual(eur(0));
  });

  it('renews the other journal, at its renewal limit, through an override with a reason', async () => {
    at('2026-03-13T10:10:00Z');
    const refused = await post('/circulation/renewals', { itemBarcode: 'J-0002', borrowerId, desk: DESK }, TOKENS.desk, 422);
    expect(refused.body.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ blockType: 'renewalBlock' })]));
    const overrides = [{ blockType: 'renewalBlock', comment: 'Needed for the group’s last session' }];
    await post('/circulation/renewals', { itemBarcode: 'J-0002', borrowerId, desk: DESK, overrides }, TOKENS.desk, 200);
  });

  it('shows both overrides in the review, with who, why and the totals', async () => {
    const { body } = await get('/circulation/reviews/overrides');
    expect(body.overrides.map((o: Record<string, unknown>) => [o.blockType, o.staffId, o.role, o.reason, o.desk])).toEqual([
      ['renewalBlock', 's-desk', 'desk', 'Needed for the group’s last session', DESK],
      ['itemLimitBlock', 's-desk-head', 'desk-head', 'Community reading group this week', DESK],
    ]);
    expect(body.totals).toMatchObject({
      overrides: 2,
      byStaff: expect.arrayContaining([
        { staffId: 's-desk', overrides: 1 },
        { staffId: 's-desk-head', overrides: 1 },
      ]),
      byBlockType: expect.arrayContaining([
        { blockType: 'itemLimitBlock', overrides: 1 },
        { blockType: 'renewalBlock', overrides: 1 },
      ]),
    });
  });

  it("shows the fine on the borrower's statement: charged, part paid, the rest waived, nothing owed", async () => {
    const { body } = await get(`/circulation/borrowers/${borrowerId}/statement`, TOKENS.student);
    expect(body.charges).toHaveLength(1);
    expect(body.charges[0]).toMatchObject({
      chargeId: fine.chargeId,
      feeFineType: 'overdue-fine',
      amount: fine.amount,
      remaining: eur(0),
      paymentStatus: 'Waived fully',
    });
    expect(body.charges[0].lines.map((l: Record<string, unknown>) => [l.type, l.amount, l.balanceAfter, l.method ?? l.reason ?? null, l.staffRole])).toEqual([
      ['charged', fine.amount, fine.amount, null, 'student'],
      ['paid', eur(100), eur(fine.amount.minor - 100), 'cash', 'student'],
      ['waived', eur(fine.amount.minor - 100), eur(0), 'late bus service all week', 'desk'],
    ]);
    expect(body.totals).toEqual({
      charged: fine.amount,
      paid: eur(100),
      waived: eur(fine.amount.minor - 100),
      transferred: eur(0),
      refunded: eur(0),
      cancelled: eur(0),
      owed: eur(0),
    });
  });

  it("shows the payment in the day's cash-up, and the waiver in the money given up", async () => {
    const cashUp = await get('/circulation/cash-up?date=2026-03-13');
    expect(cashUp.body.lines).toEqual([{ servicePointId: DESK, method: 'cash', taken: eur(100), refunded: eur(0), net: eur(100), payments: 1, refunds: 0 }]);
    expect(cashUp.body.totals).toEqual([{ taken: eur(100), refunded: eur(0), net: eur(100) }]);
    const givenUp = await get('/circulation/reviews/money-given-up?from=2026-03-13&to=2026-03-13');
    expect(givenUp.body.entries).toEqual([
      expect.objectContaining({
        kind: 'waiver',
        staffId: 's-desk',
        staffRole: 'desk',
        amount: eur(fine.amount.minor - 100),
        reason: 'late bus service all week',
        feeFineType: 'overdue-fine',
      }),
    ]);
  });
});
