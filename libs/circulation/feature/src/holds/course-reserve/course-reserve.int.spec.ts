import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { itemStreamId } from '@era/circulation-domain';
import { Clock } from '@era/decider';
import { CLOCK } from '@era/platform';
import { startCirculationApi } from '../../testing/circulation-api';
import { registerTestBorrower } from '../../testing/circulation-fixtures';

describe('course reserves: POST /circulation/items/{barcode}/reserve and .../reserve/removal (real SQLite, real HTTP)', () => {
  let api: TestApi;
  let clock: jest.SpyInstance<Date, []>;
  const at = (instant: string) => clock.mockReturnValue(new Date(instant));
  beforeAll(async () => {
    api = await startCirculationApi();
    clock = jest.spyOn(api.app.get<Clock>(CLOCK), 'now') as unknown as jest.SpyInstance<Date, []>;
  });
  afterAll(() => api.close());
  beforeEach(() => at('2026-12-01T10:00:00Z'));

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const registerItem = async () => {
    const barcode = `rs-${randomUUID().slice(0, 8)}`;
    const body = { barcode, title: 'Dune', titleId: 'title-dune', owningLocation: 'main-desk', itemType: 'book', loanable: true };
    expect((await post('/circulation/items', body)).status).toBe(201);
    return barcode;
  };
  const term = { courseId: 'HIST-101', termStart: '2026-11-30', termEnd: '2027-01-31', loanPeriod: { duration: 3, interval: 'hours' } };
  const reserve = (barcode: string, body: object = term, token?: string) => post(`/circulation/items/${barcode}/reserve`, body, token);
  const checkOut = (itemBarcode: string, borrowerId: string) => post('/circulation/check-outs', { itemBarcode, borrowerId, desk: 'main-desk' });

  it('lends an item on reserve for the short-loan period during the term, and for the ordinary period once taken off', async () => {
    const [barcode, borrowerId] = [await registerItem(), await registerTestBorrower(api)];
    const placed = await reserve(barcode);
    expect(placed.status).toBe(200);
    expect(placed.body).toMatchObject({ id: barcode });
    const [, onReserve] = await collect(api.events.readStream(itemStreamId(barcode)));
    expect(onReserve).toMatchObject({
      type: 'ItemPlacedOnReserve',
      data: {
        courseId: 'HIST-101',
        termStart: '2026-11-30',
        termEnd: '2027-01-31',
        shortLoanPolicy: { loanPeriod: { duration: 3, interval: 'hours' }, renewalLimit: 0 },
      },
      metadata: { actor: { role: 'desk' } },
    });

    const lent = await checkOut(barcode, borrowerId);
    expect(lent.status).toBe(201);
    expect(lent.body.dueDate).toBe('2026-12-01T13:00:00.000Z');
    const checkedOut = (await collect(api.events.readStream(itemStreamId(barcode)))).find((event) => event.type === 'ItemCheckedOut');
    expect(checkedOut?.data).toMatchObject({ courseId: 'HIST-101', loanPolicyId: 'course-reserve-HIST-101-3-hours' });

    expect((await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-desk' })).status).toBe(200);
    const removed = await post(`/circulation/items/${barcode}/reserve/removal`, {});
    expect(removed.status).toBe(200);
    const ordinary = await checkOut(barcode, borrowerId);
    expect(ordinary.status).toBe(201);
    expect(ordinary.body.dueDate).toBe('2026-12-29T23:59:59.999Z');
  });

  it('lends by the ordinary policy before the term starts', async () => {
    const [barcode, borrowerId] = [await registerItem(), await registerTestBorrower(api)];
    expect((await reserve(barcode, { ...term, termStart: '2027-01-11', termEnd: '2027-03-26' })).status).toBe(200);
    expect((await checkOut(barcode, borrowerId)).body.dueDate).toBe('2026-12-29T23:59:59.999Z');
  });

  it('takes the same reserve sent again as a retry, and refuses another course while the item is on reserve', async () => {
    const barcode = await registerItem();
    expect((await reserve(barcode)).status).toBe(200);
    const before = await api.head();
    const retry = await reserve(barcode);
    expect(retry.status).toBe(200);
    expect(retry.body.created).toBe(false);
    expect((await reserve(barcode, { ...term, courseId: 'LIT-202' })).status).toBe(409);
    expect(await api.head()).toBe(before);
  });

  describe('refusals: 4xx problem+json, nothing appended', () => {
    let barcode: string;
    beforeAll(async () => {
      barcode = await registerItem();
    });

    it.each<[string, () => string, object, string, number]>([
      ['an unknown item', () => 'no-such-item', term, TOKENS.desk, 404],
      ['a term that ends before it starts', () => barcode, { ...term, termStart: '2027-02-01', termEnd: '2027-01-31' }, TOKENS.desk, 422],
      ['a day that does not exist', () => barcode, { ...term, termEnd: '2027-02-30' }, TOKENS.desk, 400],
      ['no loan period', () => barcode, { courseId: 'HIST-101', termStart: '2026-11-30', termEnd: '2027-01-31' }, TOKENS.desk, 400],
      ['a loan period of 0 hours', () => barcode, { ...term, loanPeriod: { duration: 0, interval: 'hours' } }, TOKENS.desk, 400],
      ['a loan period in weeks', () => barcode, { ...term, loanPeriod: { duration: 1, interval: 'weeks' } }, TOKENS.desk, 400],
      ['a course id with spaces', () => barcode, { ...term, courseId: 'HIST 101' }, TOKENS.desk, 400],
      ['an unknown field', () => barcode, { ...term, instructor: 'Dr Jones' }, TOKENS.desk, 400],
      ['a malformed barcode', () => 'bad barcode', term, TOKENS.desk, 400],
      ['a student assistant', () => barcode, term, TOKENS.student, 403],
    ])('refuses %s', async (_case, item, body, token, status) => {
      const before = await api.head();
      const response = await reserve(item(), body, token);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await api.head()).toBe(before);
    });

    it('refuses taking off reserve an item that is not on reserve (409), and a body with fields (400)', async () => {
      const before = await api.head();
      expect((await post(`/circulation/items/${barcode}/reserve/removal`, {})).status).toBe(409);
      expect((await post(`/circulation/items/${barcode}/reserve/removal`, { reason: 'x' })).status).toBe(400);
      expect(await api.head()).toBe(before);
    });
  });
});
