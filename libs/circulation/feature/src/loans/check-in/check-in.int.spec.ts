import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { feeFinesStreamId, itemStreamId, titleHoldsStreamId } from '@era/circulation-domain';
import { Clock } from '@era/decider';
import { CLOCK } from '@era/platform';
import { startCirculationApi } from '../../testing/circulation-api';
import { placeTestHold, registerTestBorrower } from '../../testing/circulation-fixtures';
import { LoanFollowUps } from '../loan-follow-ups';

describe('checking in at the desk (HTTP, real SQLite)', () => {
  let api: TestApi;
  let clock: jest.SpyInstance<Date, []>;
  const at = (instant: string) => clock.mockReturnValue(new Date(instant));

  beforeAll(async () => {
    api = await startCirculationApi({ LIBRARY_TIMEZONE: 'Europe/Amsterdam', LIBRARY_CLOSED_WEEKDAYS: 'Sun' });
    clock = jest.spyOn(api.app.get<Clock>(CLOCK), 'now');
  });
  afterAll(() => api.close());
  beforeEach(() => at('2026-12-01T10:00:00Z'));

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const registerItem = async (titleId = `title-${randomUUID().slice(0, 8)}`) => {
    const barcode = `it-${randomUUID().slice(0, 8)}`;
    await post('/circulation/items', { barcode, title: 'Dune', titleId, owningLocation: 'main-library', itemType: 'book', loanable: true });
    return barcode;
  };
  const lend = async (barcode: string, borrowerId: string) => {
    const lent = await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId, desk: 'main-library' });
    expect(lent.status).toBe(201);
    return lent.body.id as string;
  };
  const checkIn = (itemBarcode: string, desk = 'main-library') => post('/circulation/check-ins', { itemBarcode, desk });
  const ledger = async (borrowerId: string) => collect(api.events.readStream(feeFinesStreamId(borrowerId)));

  it('returns an item on time: available again, no fine, the loan closed', async () => {
    const [borrowerId, barcode] = [await registerTestBorrower(api), await registerItem()];
    await lend(barcode, borrowerId);
    at('2026-12-20T10:00:00Z');
    const returned = await checkIn(barcode);
    expect(returned.status).toBe(200);
    expect(returned.body).toEqual(expect.objectContaining({ id: barcode, status: 'available' }));
    expect(returned.body.fine).toBeUndefined();
    expect(await ledger(borrowerId)).toEqual([]);
    const loans = await api.http().get(`/circulation/borrowers/${borrowerId}/loans`).set(api.as(TOKENS.desk));
    expect(loans.body.loans).toEqual([]);
  });

  it('charges a late return’s overdue fine on the borrower’s ledger (closed Sundays not charged) and shows it in the answer', async () => {
    const [borrowerId, barcode] = [await registerTestBorrower(api), await registerItem()];
    const loanId = await lend(barcode, borrowerId); // due Tuesday 29 December
    at('2027-01-04T10:00:00Z'); // six days late, one of them a Sunday: five open days at 0.25
    const returned = await checkIn(barcode);
    const chargeId = LoanFollowUps.chargeIdOf('overdue-fine', loanId);
    expect(returned.body.fine).toEqual({ chargeId, amount: { minor: 125, currency: 'EUR' } });
    const charged = await ledger(borrowerId);
    expect(charged.map((event) => event.type)).toEqual(['FeeCharged']);
    expect(charged[0].data).toMatchObject({
      chargeId,
      feeFineType: 'overdue-fine',
      amount: { minor: 125, currency: 'EUR' },
      loanId,
      servicePointId: 'main-library',
    });
    expect(charged[0].metadata.actor.role).toBe('desk');
  });

  it('charges the fine once: the check-in sent again, or the item’s next loan, records no second charge', async () => {
    const [borrowerId, barcode] = [await registerTestBorrower(api), await registerItem()];
    await lend(barcode, borrowerId);
    at('2027-01-04T10:00:00Z');
    await checkIn(barcode);
    await checkIn(barcode);
    await lend(barcode, await registerTestBorrower(api));
    await checkIn(barcode);
    expect((await ledger(borrowerId)).map((event) => event.type)).toEqual(['FeeCharged']);
  });

  it('makes up a fine lost to a crash between the two appends on the item’s next write', async () => {
    const [borrowerId, barcode] = [await registerTestBorrower(api), await registerItem()];
    await lend(barcode, borrowerId);
    at('2027-01-04T10:00:00Z');
    const settle = jest.spyOn(LoanFollowUps.prototype, 'settle').mockRejectedValueOnce(new Error('the process died'));
    expect((await checkIn(barcode)).status).toBe(500);
    settle.mockRestore();
    expect(await ledger(borrowerId)).toEqual([]);
    await checkIn(barcode); // the desk scans it again
    expect((await ledger(borrowerId)).map((event) => event.type)).toEqual(['FeeCharged']);
  });

  it('sends an item with a hold waiting to the hold shelf here, and fills the hold on the title’s stream', async () => {
    const titleId = `title-${randomUUID().slice(0, 8)}`;
    const barcode = await registerItem(titleId);
    await lend(barcode, await registerTestBorrower(api));
    const holdId = await placeTestHold(api, titleId, await registerTestBorrower(api), 'main-library');
    const returned = await checkIn(barcode);
    expect(returned.body).toMatchObject({ status: 'awaiting pickup', holdId });
    const holds = await collect(api.events.readStream(titleHoldsStreamId(titleId)));
    expect(holds.map((event) => event.type)).toEqual(['HoldPlaced', 'HoldFilled']);
    expect(holds[1].data).toMatchObject({ holdId, barcode });
    expect((await checkIn(barcode)).body).toMatchObject({ status: 'awaiting pickup', holdId, created: false });
    expect((await collect(api.events.readStream(titleHoldsStreamId(titleId)))).length).toBe(2);
  });

  it('sends an item in transit to the hold’s pickup desk, or home to its owning location', async () => {
    const titleId = `title-${randomUUID().slice(0, 8)}`;
    const [forHold, goingHome] = [await registerItem(titleId), await registerItem()];
    const holdId = await placeTestHold(api, titleId, await registerTestBorrower(api), 'science-library');
    expect((await checkIn(forHold)).body).toMatchObject({ status: 'in transit', destination: 'science-library', holdId });
    expect((await checkIn(goingHome, 'law-library')).body).toMatchObject({ status: 'in transit', destination: 'main-library' });
  });

  it('hands the held item to its borrower at the shelf: the check-out picks up the hold', async () => {
    const titleId = `title-${randomUUID().slice(0, 8)}`;
    const barcode = await registerItem(titleId);
    const waiting = await registerTestBorrower(api);
    const holdId = await placeTestHold(api, titleId, waiting, 'main-library');
    await checkIn(barcode);
    const loanId = await lend(barcode, waiting);
    const holds = await collect(api.events.readStream(titleHoldsStreamId(titleId)));
    expect(holds.map((event) => event.type)).toEqual(['HoldPlaced', 'HoldFilled', 'HoldPickedUp']);
    expect(holds[2].data).toMatchObject({ holdId, loanId });
    expect((await collect(api.events.readStream(itemStreamId(barcode)))).at(-1)?.data).toMatchObject({ holdId });
  });

  it.each([
    ['an unknown item', { itemBarcode: 'no-such-item', desk: 'main-library' }, 404],
    ['a bad barcode', { itemBarcode: 'a b', desk: 'main-library' }, 400],
    ['no desk', { itemBarcode: 'no-such-item' }, 400],
  ])('refuses %s, appending nothing', async (_case, body, status) => {
    const before = await api.head();
    expect((await post('/circulation/check-ins', body)).status).toBe(status);
    expect(await api.head()).toBe(before);
  });
});
