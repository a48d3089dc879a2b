import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { feeFinesStreamId } from '@era/circulation-domain';
import { startCirculationApi } from '../testing/circulation-api';
import { registeredBorrower } from '../testing/registered-borrower';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const DESK = 'main-desk';

describe('the fee/fine ledger over HTTP', () => {
  let api: TestApi;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const post = (path: string, body: object, token: string = TOKENS.deskHead) => api.http().post(path).set(as(token)).send(body);
  const money = (borrowerId: string) => `/circulation/borrowers/${borrowerId}`;
  const charge = (borrowerId: string, minor: number, extra: object = {}, token?: string) =>
    post(`${money(borrowerId)}/charges`, { feeFineType: 'damaged-item', description: 'spine broken', amount: eur(minor), desk: DESK, ...extra }, token);
  const ledgerEvents = async (borrowerId: string) => {
    const events = [];
    for await (const event of api.events.readStream(feeFinesStreamId(borrowerId))) events.push(event);
    return events;
  };

  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('charges a manual fee with its type and description, once for a retried charge id', async () => {
    const borrowerId = await registeredBorrower(api);
    const chargeId = randomUUID();
    const first = await charge(borrowerId, 1250, { chargeId: chargeId.toUpperCase() }, TOKENS.desk).expect(201);
    expect(first.body).toMatchObject({ id: chargeId, created: true, balanceOwed: eur(1250) });
    expect(first.headers.location).toBe(`/circulation/borrowers/${borrowerId}/statement`);
    const retry = await charge(borrowerId, 1250, { chargeId }, TOKENS.desk).expect(200);
    expect(retry.body).toMatchObject({ id: chargeId, created: false });
    const events = await ledgerEvents(borrowerId);
    expect(events.map((event) => [event.type, event.metadata.actor])).toEqual([['FeeCharged', { id: 's-desk', role: 'desk' }]]);
    expect(events[0].data).toMatchObject({
      feeFineType: 'damaged-item',
      automatic: false,
      description: 'spine broken',
      servicePointId: DESK,
      source: 's-desk',
    });
  });

  it('spreads one payment over several charges in the order stated, partial on the last, each part with its balance after', async () => {
    const borrowerId = await registeredBorrower(api);
    const [a, b] = [randomUUID(), randomUUID()];
    await charge(borrowerId, 300, { chargeId: a }).expect(201);
    await charge(borrowerId, 500, { chargeId: b }).expect(201);
    const paid = await post(
      `${money(borrowerId)}/payments`,
      { amount: eur(600), method: 'cash', desk: DESK, chargeIds: [b, a], transactionInfo: 'receipt 12' },
      TOKENS.student,
    ).expect(201);
    expect(paid.body).toMatchObject({
      chargeId: b,
      balanceOwed: eur(200),
      allocations: [
        { chargeId: b, amount: eur(500), balanceAfter: eur(0), paymentStatus: 'Paid fully' },
        { chargeId: a, amount: eur(100), balanceAfter: eur(200), paymentStatus: 'Paid partially' },
      ],
    });
    const [, , event] = await ledgerEvents(borrowerId);
    expect(event).toMatchObject({
      type: 'FinePaid',
      data: { method: 'cash', servicePointId: DESK, source: 's-student' },
      metadata: { actor: { role: 'student' } },
    });
  });

  it('waives with a reason, transfers to the bursar, refunds only money paid, and cancels an unpaid charge as an error', async () => {
    const borrowerId = await registeredBorrower(api);
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    for (const [id, minor] of [
      [a, 1000],
      [b, 800],
      [c, 400],
    ] as const)
      await charge(borrowerId, minor, { chargeId: id }).expect(201);
    await post(`${money(borrowerId)}/payments`, { amount: eur(600), method: 'card', desk: DESK, chargeIds: [a] }).expect(201);
    const waived = await post(`${money(borrowerId)}/waivers`, { amount: eur(400), chargeIds: [a], reason: 'first offence', desk: DESK }, TOKENS.desk).expect(
      201,
    );
    expect(waived.body.allocations).toEqual([{ chargeId: a, amount: eur(400), balanceAfter: eur(0), paymentStatus: 'Waived fully' }]);
    await post(`${money(borrowerId)}/transfers`, { amount: eur(800), chargeIds: [b], target: 'bursar', account: 'bursar-4711', desk: DESK }).expect(201);
    const refused = await post(`${money(borrowerId)}/refunds`, { chargeId: a, amount: eur(700), method: 'cash', reason: 'item found', desk: DESK }).expect(422);
    expect(refused.body).toMatchObject({ type: expect.stringContaining('amount-exceeds-refundable') });
    const refunded = await post(`${money(borrowerId)}/refunds`, { chargeId: a, amount: eur(600), method: 'cash', reason: 'item found', desk: DESK }).expect(
      201,
    );
    expect(refunded.body).toMatchObject({ chargeId: a, balanceOwed: eur(1000), allocations: [{ balanceAfter: eur(600), paymentStatus: 'Refunded fully' }] });
    const cancelled = await post(`${money(borrowerId)}/charges/${c}/cancellation`, { reason: 'charged in error', desk: DESK }).expect(201);
    expect(cancelled.body).toMatchObject({ chargeId: c, balanceOwed: eur(600), allocations: [{ amount: eur(400), balanceAfter: eur(0) }] });
    expect((await ledgerEvents(borrowerId)).map((event) => event.type)).toEqual([
      'FeeCharged',
      'FeeCharged',
      'FeeCharged',
      'FinePaid',
      'FineWaived',
      'FineTransferred',
      'FineRefunded',
      'ChargeCancelledAsError',
    ]);
  });

  it('records a retried payment once (200), and refuses its action id for another payment (409)', async () => {
    const borrowerId = await registeredBorrower(api);
    const chargeId = randomUUID();
    const actionId = randomUUID();
    await charge(borrowerId, 500, { chargeId }).expect(201);
    const payment = { actionId, amount: eur(200), method: 'card', desk: DESK, chargeIds: [chargeId] };
    await post(`${money(borrowerId)}/payments`, payment).expect(201);
    const before = await api.head();
    const retry = await post(`${money(borrowerId)}/payments`, payment).expect(200);
    expect(retry.body).toMatchObject({ id: actionId, created: false, balanceOwed: eur(300) });
    await post(`${money(borrowerId)}/payments`, { ...payment, amount: eur(250) }).expect(409);
    expect(await api.head()).toBe(before);
  });

  it('exports a reason that looks like a formula as text', async () => {
    const borrowerId = await registeredBorrower(api);
    const chargeId = randomUUID();
    await charge(borrowerId, 500, { chargeId }).expect(201);
    await post(`${money(borrowerId)}/waivers`, { amount: eur(100), chargeIds: [chargeId], reason: '=1+2 goodwill', desk: DESK }, TOKENS.librarian).expect(201);
    const csv = await api.http().get('/circulation/reviews/money-given-up?staff=s-librarian&format=csv').set(as(TOKENS.librarian)).expect(200);
    expect(csv.text).toContain(",'=1+2 goodwill,");
  });

  describe('refusals: 4xx problem+json and nothing appended', () => {
    let borrowerId: string;
    let open: string;
    let partlyPaid: string;
    beforeAll(async () => {
      borrowerId = await registeredBorrower(api);
      [open, partlyPaid] = [randomUUID(), randomUUID()];
      await charge(borrowerId, 500, { chargeId: open }).expect(201);
      await charge(borrowerId, 500, { chargeId: partlyPaid }).expect(201);
      await post(`${money(borrowerId)}/payments`, { amount: eur(100), method: 'cash', desk: DESK, chargeIds: [partlyPaid] }).expect(201);
    });

    const pay = (extra: object) => ({ amount: eur(100), method: 'cash', desk: DESK, chargeIds: [open], ...extra });
    const waive = (extra: object) => ({ amount: eur(100), chargeIds: [open], reason: 'goodwill', desk: DESK, ...extra });
    const CASES: [string, () => [string, object, string?], number, string][] = [
      [
        'a charge for an unknown borrower',
        () => [`${money(randomUUID())}/charges`, { feeFineType: 'damaged-item', description: 'x', amount: eur(100), desk: DESK }],
        404,
        'borrower-not-found',
      ],
      ['a payment for an unknown borrower', () => [`${money(randomUUID())}/payments`, pay({})], 404, 'borrower-not-found'],
      ['an amount with fractions of a cent', () => [`${money(borrowerId)}/payments`, pay({ amount: { minor: 10.5, currency: 'EUR' } })], 400, 'validation'],
      ['a negative amount', () => [`${money(borrowerId)}/payments`, pay({ amount: eur(-100) })], 400, 'validation'],
      ['a zero amount', () => [`${money(borrowerId)}/payments`, pay({ amount: eur(0) })], 400, 'amount-not-positive'],
      ['an amount as a string', () => [`${money(borrowerId)}/payments`, pay({ amount: { minor: '100', currency: 'EUR' } })], 400, 'validation'],
      ['no currency', () => [`${money(borrowerId)}/payments`, pay({ amount: { minor: 100 } })], 400, 'validation'],
      [
        'another currency than the ledger’s',
        () => [`${money(borrowerId)}/payments`, pay({ amount: { minor: 100, currency: 'GBP' } })],
        422,
        'currency-mismatch',
      ],
      ['an overpayment', () => [`${money(borrowerId)}/payments`, pay({ amount: eur(501) })], 422, 'amount-exceeds-remaining'],
      ['a payment method that is none', () => [`${money(borrowerId)}/payments`, pay({ method: 'cheque' })], 400, 'validation'],
      ['a charge not on the ledger', () => [`${money(borrowerId)}/payments`, pay({ chargeIds: [randomUUID()] })], 404, 'charge-not-found'],
      ['a waiver without a reason', () => [`${money(borrowerId)}/waivers`, waive({ reason: undefined })], 400, 'validation'],
      ['a waiver with a blank reason', () => [`${money(borrowerId)}/waivers`, waive({ reason: '   ' })], 400, 'reason-required'],
      [
        'a waiver whose reason holds an email address',
        () => [`${money(borrowerId)}/waivers`, waive({ reason: 'asked by jane.doe@example.org' })],
        400,
        'validation',
      ],
      [
        'a refund of money never paid',
        () => [`${money(borrowerId)}/refunds`, { chargeId: open, amount: eur(100), method: 'cash', reason: 'x', desk: DESK }],
        422,
        'amount-exceeds-refundable',
      ],
      [
        'a refund without a reason',
        () => [`${money(borrowerId)}/refunds`, { chargeId: partlyPaid, amount: eur(100), method: 'cash', desk: DESK }],
        400,
        'validation',
      ],
      [
        'a transfer to nowhere known',
        () => [`${money(borrowerId)}/transfers`, { amount: eur(100), chargeIds: [open], target: 'friend', account: 'x', desk: DESK }],
        400,
        'validation',
      ],
      [
        'cancelling a partly paid charge as an error',
        () => [`${money(borrowerId)}/charges/${partlyPaid}/cancellation`, { reason: 'mistake', desk: DESK }],
        422,
        'charge-has-payments',
      ],
      ['cancelling without a reason', () => [`${money(borrowerId)}/charges/${open}/cancellation`, { desk: DESK }], 400, 'validation'],
      [
        'a manual charge without a description',
        () => [`${money(borrowerId)}/charges`, { feeFineType: 'damaged-item', amount: eur(100), desk: DESK }],
        400,
        'reason-required',
      ],
      ['an unknown field', () => [`${money(borrowerId)}/payments`, pay({ discount: 5 })], 400, 'validation'],
      ['a borrower id that is no UUID', () => ['/circulation/borrowers/nobody/payments', pay({})], 400, 'bad-request'],
      ['a waiver by a student assistant', () => [`${money(borrowerId)}/waivers`, waive({}), TOKENS.student], 403, 'insufficient-fee-fine-permissions'],
      [
        'a refund by desk staff',
        () => [`${money(borrowerId)}/refunds`, { chargeId: partlyPaid, amount: eur(100), method: 'cash', reason: 'x', desk: DESK }, TOKENS.desk],
        403,
        'insufficient-fee-fine-permissions',
      ],
      [
        'a charge by an auditor',
        () => [`${money(borrowerId)}/charges`, { feeFineType: 'damaged-item', description: 'x', amount: eur(100), desk: DESK }, TOKENS.auditor],
        403,
        'forbidden',
      ],
    ];

    it.each(CASES.map(([name, request, status, slug]) => [name, status, slug, request] as const))('%s: %i %s', async (_, status, slug, request) => {
      const [path, body, token] = request();
      const before = await api.head();
      const response = await post(path, body, token).expect(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type ?? '').toContain(slug);
      expect(await api.head()).toBe(before);
    });

    it('names the permission a role lacks', async () => {
      const response = await post(
        `${money(borrowerId)}/transfers`,
        { amount: eur(100), chargeIds: [open], target: 'bursar', account: 'b-1', desk: DESK },
        TOKENS.desk,
      ).expect(403);
      expect(response.body).toMatchObject({ missingPermissions: ['feesfines.accounts.transfer.post'] });
      expect(response.body.detail).toContain('feesfines.accounts.transfer.post');
    });
  });
});
