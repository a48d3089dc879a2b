import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../../testing/circulation-api';
import { blockAt, registerTestBorrower } from '../../testing/circulation-fixtures';

/** An override granted through a real check-out reaches the review with who, where, why and what it overrode. */
describe('the override review after a check-out through an override (HTTP, real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
    await blockAt(api, 'maxNumberOfItemsChargedOut', 'graduate', 1, 'You have too many items out');
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const item = async () => {
    const barcode = `it-${randomUUID().slice(0, 8)}`;
    const body = { barcode, title: 'Dune', titleId: 'title-dune', owningLocation: 'main-library', itemType: 'book', loanable: true };
    expect((await post('/circulation/items', body)).status).toBe(201);
    return barcode;
  };

  it('lists the override the desk granted, and totals it', async () => {
    const borrowerId = await registerTestBorrower(api, { patronGroup: 'graduate' });
    expect((await post('/circulation/check-outs', { itemBarcode: await item(), borrowerId, desk: 'main-library' })).status).toBe(201);
    const lent = await post('/circulation/check-outs', {
      itemBarcode: await item(),
      borrowerId,
      desk: 'main-library',
      overrides: [{ blockType: 'patronBlock', comment: 'Thesis due tomorrow' }],
    });
    expect(lent.status).toBe(201);
    const review = await api.http().get('/circulation/reviews/overrides').set(api.as(TOKENS.deskHead)).set('X-Min-Position', String(lent.body.position));
    expect(review.status).toBe(200);
    expect(review.body.overrides).toEqual([
      expect.objectContaining({
        role: 'desk',
        desk: 'main-library',
        blockType: 'patronBlock',
        permission: 'circulation.override-patron-block.post',
        reason: 'Thesis due tomorrow',
        borrowerId,
        loanId: lent.body.id,
        patronBlocksText: 'maxNumberOfItemsChargedOut limit=1 actual=1: You have too many items out',
      }),
    ]);
    const staffId = review.body.overrides[0].staffId;
    expect(review.body.totals).toEqual({ overrides: 1, byStaff: [{ staffId, overrides: 1 }], byBlockType: [{ blockType: 'patronBlock', overrides: 1 }] });
  });
});
