import { TestApi, TOKENS } from '@era/api-testing';
import { titleHoldsStreamId } from '@era/circulation-domain';
import { startCirculationApi } from '../../testing/circulation-api';
import { holdsFixtures } from '../../testing/holds-fixtures';

describe('POST /circulation/hold-shelf/expiries (real SQLite, real HTTP)', () => {
  let api: TestApi;
  let given: ReturnType<typeof holdsFixtures>;
  beforeAll(async () => {
    api = await startCirculationApi();
    given = holdsFixtures(api);
  });
  afterAll(() => api.close());

  const place = async (titleId: string, borrowerId: string) => {
    const response = await api.http().post('/circulation/holds').set(api.as(TOKENS.desk)).send({ titleId, borrowerId, pickupLocation: 'main-desk' });
    return response.body.id as string;
  };
  const sweep = (body: object, token: string = TOKENS.desk) => api.http().post('/circulation/hold-shelf/expiries').set(api.as(token)).send(body);
  const queue = async (titleId: string) => (await api.http().get(`/circulation/titles/${titleId}/holds`).set(api.as(TOKENS.desk))).body.holds;

  it('expires the holds of every title left on the shelf past their pickup-by date, and releases their items to the next in line or home', async () => {
    const dune = await given.item({ title: 'Dune' });
    const duneFirst = await place(dune.titleId, await given.borrower());
    const duneNext = await place(dune.titleId, await given.borrower());
    const emma = await given.item({ title: 'Emma' });
    const emmaOnly = await place(emma.titleId, await given.borrower());
    const waiting = await given.item({ title: 'Ulysses' });
    await place(waiting.titleId, await given.borrower());
    await given.checkIn(dune, 'main-desk');
    await given.checkIn(emma, 'main-desk');
    const [{ pickupBy }] = await queue(dune.titleId);

    const early = await sweep({ today: pickupBy });
    expect(early.status).toBe(200);
    expect(early.body.expired).toEqual([]);

    const response = await sweep({ today: '2099-01-01' });
    expect(response.status).toBe(200);
    expect(response.body.expired).toEqual(
      expect.arrayContaining([
        { titleId: dune.titleId, holdId: duneFirst, barcode: dune.barcode },
        { titleId: emma.titleId, holdId: emmaOnly, barcode: emma.barcode },
      ]),
    );
    expect(response.body.expired).toHaveLength(2);
    expect(response.body.releasesMadeUp).toEqual([]);
    expect(await queue(dune.titleId)).toEqual([expect.objectContaining({ holdId: duneNext, status: 'awaiting pickup', barcode: dune.barcode })]);
    expect(await given.itemState(emma.barcode)).toMatchObject({ status: 'available' });
    expect(await queue(emma.titleId)).toEqual([]);
    expect(await queue(waiting.titleId)).toEqual([expect.objectContaining({ status: 'open' })]);

    const again = await sweep({ today: '2099-01-01' });
    expect(again.body.expired).toEqual([expect.objectContaining({ titleId: dune.titleId, holdId: duneNext })]);
  });

  it('makes up the release of an item whose hold ended without it (a cancellation whose release was lost to a crash)', async () => {
    const item = await given.item();
    const borrowerId = await given.borrower();
    const holdId = await place(item.titleId, borrowerId);
    await given.checkIn(item, 'main-desk');
    await given.append(titleHoldsStreamId(item.titleId), [
      { type: 'HoldCancelled', data: { titleId: item.titleId, holdId, borrowerId, reason: 'No longer needed', barcode: item.barcode } },
    ]);
    expect(await given.itemState(item.barcode)).toMatchObject({ status: 'awaiting pickup', forHold: { holdId } });

    const response = await sweep({});
    expect(response.status).toBe(200);
    expect(response.body.releasesMadeUp).toEqual([{ titleId: item.titleId, holdId, barcode: item.barcode }]);
    expect(await given.itemState(item.barcode)).toMatchObject({ status: 'available' });
    expect((await sweep({})).body.releasesMadeUp).toEqual([]);
  });

  it('lets the head of the desk sweep with today as default, and nothing is due today', async () => {
    const response = await sweep({}, TOKENS.deskHead);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ expired: [] });
    expect(response.body.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ['a day that does not exist', { today: '2026-02-30' }, TOKENS.desk, 400],
    ['a date-time instead of a day', { today: '2026-02-03T10:00:00Z' }, TOKENS.desk, 400],
    ['an unknown field', { titleId: 'x' }, TOKENS.desk, 400],
    ['a student assistant', {}, TOKENS.student, 403],
    ['an auditor', {}, TOKENS.auditor, 403],
  ])('refuses %s, appending nothing', async (_case, body, token, status) => {
    const before = await api.head();
    const response = await sweep(body, token);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
  });
});
