import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { feeFinesStreamId, itemStreamId, LOAN_HISTORY_RETENTION_STREAM } from '@era/circulation-domain';
import { Clock } from '@era/decider';
import { CLOCK, ReadYourWrites } from '@era/platform';
import { startCirculationApi } from '../testing/circulation-api';
import { registerTestBorrower } from '../testing/circulation-fixtures';

describe('loan history and its retention policy (real SQLite, real HTTP)', () => {
  let api: TestApi;
  let clock: jest.SpyInstance<Date, []>;
  const at = (instant: string) => clock.mockReturnValue(new Date(instant));
  beforeAll(async () => {
    api = await startCirculationApi({ LOAN_HISTORY_RETENTION_DAYS: '30' });
    clock = jest.spyOn(api.app.get<Clock>(CLOCK), 'now') as unknown as jest.SpyInstance<Date, []>;
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const history = (query: string, token: string = TOKENS.librarian) => api.http().get(`/circulation/loan-history?${query}`).set(api.as(token));
  const anonymise = (token: string = TOKENS.deskHead) => post('/circulation/loan-history/anonymisations', {}, token);
  const titleId = `title-${randomUUID().slice(0, 8)}`;
  /** A loan from `out` to `back`: its id. */
  const loan = async (borrowerId: string, out: string, back: string) => {
    const barcode = `lh-${randomUUID().slice(0, 8)}`;
    at(out);
    expect((await post('/circulation/items', { barcode, title: 'Dune', titleId, owningLocation: 'main-desk', itemType: 'book', loanable: true })).status).toBe(
      201,
    );
    const lent = await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId, desk: 'main-desk' });
    expect(lent.status).toBe(201);
    at(back);
    expect((await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'science-desk' })).status).toBe(200);
    return { loanId: lent.body.id as string, barcode };
  };

  let ada: string;
  let old: { loanId: string; barcode: string };
  let late: { loanId: string; barcode: string };
  let recent: { loanId: string; barcode: string };
  beforeAll(async () => {
    ada = await registerTestBorrower(api);
    old = await loan(ada, '2026-10-01T10:00:00Z', '2026-10-10T10:00:00Z');
    late = await loan(ada, '2026-09-01T10:00:00Z', '2026-10-20T10:00:00Z');
    recent = await loan(ada, '2026-11-20T10:00:00Z', '2026-11-25T10:00:00Z');
  });

  it("lists a borrower's closed loans for reviewers, newest return first, with what is owed on them", async () => {
    at('2026-12-01T10:00:00Z');
    const response = await history(`borrowerId=${ada}`);
    expect(response.status).toBe(200);
    expect(response.body.loans.map((closed: { loanId: string }) => closed.loanId)).toEqual([recent.loanId, late.loanId, old.loanId]);
    expect(response.body.loans[2]).toMatchObject({
      barcode: old.barcode,
      titleId,
      desk: 'main-desk',
      returnDesk: 'science-desk',
      loanDate: '2026-10-01T10:00:00.000Z',
      returnDate: '2026-10-10T10:00:00.000Z',
      borrowerId: ada,
      anonymised: false,
      anonymisedAt: null,
      owingMinor: 0,
    });
    expect(response.body.loans[1].owingMinor).toBeGreaterThan(0);
  });

  it('removes the borrower link of loans closed more than 30 days ago with nothing owed, keeps the rest, and still counts every loan', async () => {
    at('2026-12-01T10:00:00Z');
    const countBefore = (await history(`titleId=${titleId}`)).body.loans.length;
    const itemEventsBefore = await collect(api.events.readStream(itemStreamId(old.barcode)));

    const response = await anonymise();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ retentionDays: 30, cutOff: '2026-11-01T10:00:00.000Z', anonymised: 1, more: false });
    const [recorded] = await collect(api.events.readStream(LOAN_HISTORY_RETENTION_STREAM));
    expect(recorded).toMatchObject({
      type: 'LoanHistoryAnonymised',
      data: { loanIds: [old.loanId], retentionDays: 30 },
      metadata: { actor: { role: 'desk-head' } },
    });

    const linked = (await history(`borrowerId=${ada}`)).body.loans.map((closed: { loanId: string }) => closed.loanId);
    expect(linked).toEqual([recent.loanId, late.loanId]);
    const [anonymised] = (await history(`barcode=${old.barcode}`)).body.loans;
    expect(anonymised).toMatchObject({ loanId: old.loanId, borrowerId: null, anonymised: true, anonymisedAt: '2026-12-01T10:00:00.000Z', titleId });
    // Statistics count loans from the item's events, never from borrowers: those events are untouched and the count stays.
    expect(await collect(api.events.readStream(itemStreamId(old.barcode)))).toEqual(itemEventsBefore);
    expect((await history(`titleId=${titleId}`)).body.loans).toHaveLength(countBefore);

    const before = await api.head();
    expect((await anonymise()).body).toMatchObject({ anonymised: 0 });
    expect(await api.head()).toBe(before);
  });

  it('anonymises a loan once what was owed on it is settled, and a recent one once it is old enough', async () => {
    const [fine] = (await history(`barcode=${late.barcode}`)).body.loans;
    const charges = (await collect(api.events.readStream(feeFinesStreamId(ada)))).filter((event) => event.type === 'FeeCharged');
    const waived = await post(
      `/circulation/borrowers/${ada}/waivers`,
      {
        amount: { minor: fine.owingMinor, currency: 'EUR' },
        chargeIds: charges.map((event) => (event.data as { chargeId: string }).chargeId),
        reason: 'First offence',
        desk: 'main-desk',
      },
      TOKENS.deskHead,
    );
    expect(waived.status).toBe(201);
    await api.app.get(ReadYourWrites).afterWrite(await api.head());
    expect((await history(`barcode=${late.barcode}`)).body.loans[0].owingMinor).toBe(0);

    at('2027-01-15T10:00:00Z');
    expect((await anonymise()).body).toMatchObject({ anonymised: 2 });
    expect((await history(`borrowerId=${ada}`)).body.loans).toEqual([]);
    expect((await history('anonymised=true&from=2026-10-01&to=2026-11-30')).body.loans).toHaveLength(3);
  });

  it.each([
    ['a student assistant anonymising', () => anonymise(TOKENS.student), 403],
    ['a librarian anonymising with a body', () => post('/circulation/loan-history/anonymisations', { retentionDays: 0 }, TOKENS.librarian), 400],
    ['an auditor anonymising', () => anonymise(TOKENS.auditor), 403],
  ])('refuses %s, appending nothing', async (_case, request, status) => {
    const before = await api.head();
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
  });

  it.each([
    ['a desk member reading the history', 'borrowerId=' + randomUUID(), TOKENS.desk, 403],
    ['a borrower id that is no UUID', 'borrowerId=ada', TOKENS.auditor, 400],
    ['a period that ends before it starts', 'from=2026-12-01&to=2026-11-01', TOKENS.auditor, 400],
    ['a day that does not exist', 'from=2026-02-30', TOKENS.auditor, 400],
    ['an unknown filter', 'name=Ada', TOKENS.auditor, 400],
  ])('refuses %s', async (_case, query, token, status) => {
    const response = await history(query, token);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
