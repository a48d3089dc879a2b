import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { itemStreamId } from '@era/circulation-domain';
import { startCirculationApi } from '../../testing/circulation-api';
import { holdsFixtures } from '../../testing/holds-fixtures';

describe('POST /circulation/holds/{holdId}/cancellation (real SQLite, real HTTP)', () => {
  let api: TestApi;
  let given: ReturnType<typeof holdsFixtures>;
  beforeAll(async () => {
    api = await startCirculationApi();
    given = holdsFixtures(api);
  });
  afterAll(() => api.close());

  const place = async (titleId: string, borrowerId: string, pickupLocation = 'main-desk') => {
    const response = await api.http().post('/circulation/holds').set(api.as(TOKENS.desk)).send({ titleId, borrowerId, pickupLocation });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const cancel = (holdId: string, body: object, token: string = TOKENS.desk) =>
    api.http().post(`/circulation/holds/${holdId}/cancellation`).set(api.as(token)).send(body);
  const queue = async (titleId: string) => (await api.http().get(`/circulation/titles/${titleId}/holds`).set(api.as(TOKENS.desk))).body.holds;

  it('cancels a waiting hold with its reason: it leaves the queue, and no item is touched', async () => {
    const { titleId } = await given.item();
    const first = await place(titleId, await given.borrower());
    const second = await place(titleId, await given.borrower());
    const response = await cancel(first, { titleId, reason: 'Patron bought a copy' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: first, created: false });
    expect(response.body.releasedItem).toBeUndefined();
    expect((await queue(titleId)).map((hold: { holdId: string }) => hold.holdId)).toEqual([second]);
  });

  it('releases the item waiting on the hold shelf to the next hold in line, which is filled', async () => {
    const item = await given.item();
    const first = await place(item.titleId, await given.borrower());
    const second = await place(item.titleId, await given.borrower());
    await given.checkIn(item, 'main-desk');
    expect((await queue(item.titleId))[0]).toMatchObject({ holdId: first, status: 'awaiting pickup', barcode: item.barcode });

    const response = await cancel(first, { titleId: item.titleId, reason: 'Patron moved away' });
    expect(response.status).toBe(200);
    expect(response.body.releasedItem).toBe(item.barcode);
    expect(await queue(item.titleId)).toEqual([expect.objectContaining({ holdId: second, position: 1, status: 'awaiting pickup', barcode: item.barcode })]);
    const itemEvents = (await collect(api.events.readStream(itemStreamId(item.barcode)))).map((event) => event.type);
    expect(itemEvents.slice(-2)).toEqual(['ItemReleasedFromHoldShelf', 'ItemAwaitingPickup']);
    expect(await given.itemState(item.barcode)).toMatchObject({ status: 'awaiting pickup', forHold: { holdId: second } });

    const before = await api.head();
    const retry = await cancel(first, { titleId: item.titleId, reason: 'Patron moved away' });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id: first, created: false, releasedItem: item.barcode });
    expect(await api.head()).toBe(before);
  });

  it('sends the released item home when nobody else waits, in transit when the shelf was at another desk', async () => {
    const item = await given.item({ owningLocation: 'main-desk' });
    const holdId = await place(item.titleId, await given.borrower(), 'science-desk');
    await given.checkIn(item, 'science-desk');
    expect((await cancel(holdId, { titleId: item.titleId, reason: 'No longer needed' })).status).toBe(200);
    expect(await given.itemState(item.barcode)).toMatchObject({ status: 'in transit', location: 'science-desk' });
    expect(await queue(item.titleId)).toEqual([]);
  });

  describe('refusals: 4xx problem+json, nothing appended', () => {
    let titleId: string;
    let holdId: string;
    let cancelled: string;
    beforeAll(async () => {
      titleId = (await given.item()).titleId;
      holdId = await place(titleId, await given.borrower());
      cancelled = await place(titleId, await given.borrower());
      expect((await cancel(cancelled, { titleId, reason: 'x' })).status).toBe(200);
    });

    it.each<[string, () => string, () => object, string, number]>([
      ['cancelling without a reason', () => holdId, () => ({ titleId }), TOKENS.desk, 400],
      ['cancelling with a blank reason', () => holdId, () => ({ titleId, reason: '  ' }), TOKENS.desk, 400],
      ['a hold the title does not have', () => randomUUID(), () => ({ titleId, reason: 'x' }), TOKENS.desk, 404],
      ['a hold already cancelled', () => cancelled, () => ({ titleId, reason: 'again' }), TOKENS.desk, 409],
      ['a hold id that is no UUID', () => 'hold-1', () => ({ titleId, reason: 'x' }), TOKENS.desk, 400],
      ['a reason naming a card number', () => holdId, () => ({ titleId, reason: 'card 2100 0012 3456 78 lost' }), TOKENS.desk, 400],
      ['an auditor', () => holdId, () => ({ titleId, reason: 'x' }), TOKENS.auditor, 403],
    ])('refuses %s', async (_case, id, body, token, status) => {
      const before = await api.head();
      const response = await cancel(id(), body(), token);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await api.head()).toBe(before);
    });
  });
});
