import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../testing/circulation-api';
import { registerTestBorrower } from '../testing/circulation-fixtures';
import { holdsFixtures } from '../testing/holds-fixtures';

describe("a hold's life at the desk, with the loans slice's check-in and check-out (real SQLite, real HTTP)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const queue = async (titleId: string) => (await api.http().get(`/circulation/titles/${titleId}/holds`).set(api.as(TOKENS.desk))).body.holds;

  it('fills the first hold on check-in, lends the item only to its holder, then fills the next hold on the return', async () => {
    const titleId = `title-${randomUUID().slice(0, 8)}`;
    const barcode = `hl-${randomUUID().slice(0, 8)}`;
    expect((await post('/circulation/items', { barcode, title: 'Dune', titleId, owningLocation: 'main-desk', itemType: 'book', loanable: true })).status).toBe(
      201,
    );
    const [ada, bob, carol] = [await registerTestBorrower(api), await registerTestBorrower(api), await registerTestBorrower(api)];
    await holdsFixtures(api).blockRequests(ada, 'Card misused');
    const adaHold = await post('/circulation/holds', {
      titleId,
      borrowerId: ada,
      pickupLocation: 'main-desk',
      overrides: [{ blockType: 'requestPatronBlock', comment: 'Course text, exam next week' }],
    });
    expect(adaHold.status).toBe(201);
    const bobHold = await post('/circulation/holds', { titleId, borrowerId: bob, pickupLocation: 'main-desk' });
    expect(bobHold.status).toBe(201);

    const checkedIn = await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-desk' });
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body).toMatchObject({ holdId: adaHold.body.id });
    expect(await queue(titleId)).toEqual([
      expect.objectContaining({ position: 1, holdId: adaHold.body.id, status: 'awaiting pickup', barcode }),
      expect.objectContaining({ position: 2, holdId: bobHold.body.id, status: 'open' }),
    ]);

    expect((await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId: carol, desk: 'main-desk' })).status).toBe(409);
    expect((await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId: ada, desk: 'main-desk' })).status).toBe(201);
    expect(await queue(titleId)).toEqual([expect.objectContaining({ position: 1, holdId: bobHold.body.id, status: 'open' })]);

    expect((await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-desk' })).body).toMatchObject({ holdId: bobHold.body.id });
    expect(await queue(titleId)).toEqual([expect.objectContaining({ holdId: bobHold.body.id, status: 'awaiting pickup', barcode })]);
  });
});
