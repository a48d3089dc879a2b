import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { itemStreamId } from '@era/circulation-domain';
import { Clock } from '@era/decider';
import { CLOCK } from '@era/platform';
import { startCirculationApi } from '../../testing/circulation-api';
import { placeManualBlock, placeTestHold, registerTestBorrower } from '../../testing/circulation-fixtures';

describe('renewing at the desk (HTTP, real SQLite)', () => {
  let api: TestApi;
  let clock: jest.SpyInstance<Date, []>;
  const at = (instant: string) => clock.mockReturnValue(new Date(instant));

  beforeAll(async () => {
    api = await startCirculationApi();
    clock = jest.spyOn(api.app.get<Clock>(CLOCK), 'now');
  });
  afterAll(() => api.close());
  beforeEach(() => at('2026-12-01T10:00:00Z'));

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const lentItem = async (itemType = 'journal', titleId = `title-${randomUUID().slice(0, 8)}`) => {
    const [borrowerId, barcode] = [await registerTestBorrower(api), `it-${randomUUID().slice(0, 8)}`];
    await post('/circulation/items', { barcode, title: 'Nature', titleId, owningLocation: 'main-library', itemType, loanable: true });
    const lent = await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId, desk: 'main-library' });
    return { borrowerId, barcode, loanId: lent.body.id as string, titleId };
  };
  const renew = (itemBarcode: string, borrowerId: string, extra: object = {}, token?: string) =>
    post('/circulation/renewals', { itemBarcode, borrowerId, desk: 'main-library', ...extra }, token);

  it('renews from today for the policy’s period, up to the renewal limit, then only through an override with a reason', async () => {
    // An undergraduate's journal: 7 days, renewed once.
    const { borrowerId, barcode, loanId } = await lentItem();
    at('2026-12-05T10:00:00Z');
    const renewed = await renew(barcode, borrowerId);
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ id: loanId, dueDate: '2026-12-12T23:59:59.999Z', renewalCount: 1, overrides: [] });
    at('2026-12-10T10:00:00Z');
    const before = await api.head();
    const refused = await renew(barcode, borrowerId);
    expect(refused.status).toBe(422);
    expect(refused.body.blocks).toEqual([
      { blockType: 'renewalBlock', message: 'Loan has reached its maximum number of renewals (1)', permission: 'circulation.override-renewal-block.post' },
    ]);
    const student = await renew(barcode, borrowerId, { overrides: [{ blockType: 'renewalBlock', comment: 'Reading for a viva' }] }, TOKENS.student);
    expect(student.status).toBe(403);
    const blank = await renew(barcode, borrowerId, { overrides: [{ blockType: 'renewalBlock' }] });
    expect(blank.status).toBe(422);
    expect(blank.body.type).toContain('override-renewal-comment-required');
    expect(await api.head()).toBe(before);
    const overridden = await renew(barcode, borrowerId, { overrides: [{ blockType: 'renewalBlock', comment: 'Reading for a viva' }] });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({
      renewalCount: 2,
      dueDate: '2026-12-17T23:59:59.999Z',
      overrides: [{ blockType: 'renewalBlock', reason: 'Reading for a viva' }],
    });
    const events = (await collect(api.events.readStream(itemStreamId(barcode)))).map((event) => event.type);
    expect(events).toEqual(['ItemRegistered', 'ItemCheckedOut', 'LoanRenewed', 'OverrideGranted', 'LoanRenewed']);
    const loans = await api.http().get(`/circulation/borrowers/${borrowerId}/loans`).set(api.as(TOKENS.auditor));
    expect(loans.body.loans).toEqual([expect.objectContaining({ loanId, renewalCount: 2, dueDate: '2026-12-17T23:59:59.999Z', overdue: false })]);
  });

  it('renews a manually blocked borrower only through a patron-block override', async () => {
    const { borrowerId, barcode } = await lentItem('book');
    await placeManualBlock(api, borrowerId, 'Owes the library a book');
    at('2026-12-20T10:00:00Z');
    const refused = await renew(barcode, borrowerId);
    expect(refused.status).toBe(422);
    expect(refused.body.blocks).toEqual([
      { blockType: 'patronBlock', message: 'Owes the library a book', permission: 'circulation.override-patron-block.post' },
    ]);
    expect((await renew(barcode, borrowerId, { overrides: [{ blockType: 'patronBlock', comment: 'Returned it today' }] })).status).toBe(200);
  });

  it.each([
    ['another borrower’s loan', async (lent: Awaited<ReturnType<typeof lentItem>>) => ({ ...lent, borrowerId: await registerTestBorrower(api) }), 404],
    ['an unknown borrower', async (lent: Awaited<ReturnType<typeof lentItem>>) => ({ ...lent, borrowerId: randomUUID() }), 404],
    ['an unknown item', async (lent: Awaited<ReturnType<typeof lentItem>>) => ({ ...lent, barcode: 'no-such-item' }), 404],
    [
      'a title another borrower waits for',
      async (lent: Awaited<ReturnType<typeof lentItem>>) => {
        await placeTestHold(api, lent.titleId, await registerTestBorrower(api), 'main-library');
        return lent;
      },
      409,
    ],
  ])('refuses %s, appending nothing', async (_case, given, status) => {
    const { borrowerId, barcode } = await given(await lentItem());
    at('2026-12-05T10:00:00Z');
    const before = await api.head();
    expect((await renew(barcode, borrowerId)).status).toBe(status);
    expect(await api.head()).toBe(before);
  });
});
