import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../../testing/circulation-api';
import { blockAt, placeManualBlock, registerTestBorrower } from '../../testing/circulation-fixtures';

describe('a borrower’s blocks and loans as the desk sees them (HTTP, real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
    await blockAt(api, 'maxNumberOfItemsChargedOut', 'faculty', 1, 'Too many items out');
  });
  afterAll(() => api.close());

  const get = (path: string, token: string = TOKENS.desk) => api.http().get(path).set(api.as(token));

  it('lists the automated and manual blocks in force, per action, with the items out and the limit', async () => {
    const borrowerId = await registerTestBorrower(api, { patronGroup: 'faculty' });
    const barcode = `it-${randomUUID().slice(0, 8)}`;
    await api
      .http()
      .post('/circulation/items')
      .set(api.as(TOKENS.desk))
      .send({ barcode, title: 'Dune', titleId: 'title-dune', owningLocation: 'main-library', itemType: 'book', loanable: true });
    await api.http().post('/circulation/check-outs').set(api.as(TOKENS.desk)).send({ itemBarcode: barcode, borrowerId, desk: 'main-library' });
    await placeManualBlock(api, borrowerId, 'Card not returned');
    const blocks = await get(`/circulation/borrowers/${borrowerId}/blocks`, TOKENS.auditor);
    expect(blocks.status).toBe(200);
    expect(blocks.body).toMatchObject({
      borrowerId,
      itemsOut: 1,
      itemLimit: 50,
      balance: { minor: 0 },
      blocks: [
        // At the limit, the items-out condition refuses borrowing only (FOLIO: renewals and requests above it).
        { type: 'maxNumberOfItemsChargedOut', message: 'Too many items out', borrowing: true, renewals: false, requests: false },
        { type: 'manual', message: 'Card not returned', borrowing: true, renewals: true, requests: false },
      ],
    });
    expect(blocks.body.byAction.borrowing).toEqual([
      { source: 'automated', condition: 'maxNumberOfItemsChargedOut', limit: 1, actual: 1, message: 'Too many items out' },
      expect.objectContaining({ source: 'manual', description: 'Card not returned' }),
    ]);
    const loans = await get(`/circulation/borrowers/${borrowerId}/loans`);
    expect(loans.body).toEqual({ borrowerId, loans: [expect.objectContaining({ barcode, status: 'checked out', overdue: false })] });
  });

  it.each([
    ['blocks of an unknown borrower', `/circulation/borrowers/${randomUUID()}/blocks`, TOKENS.desk, 404],
    ['loans of an unknown borrower', `/circulation/borrowers/${randomUUID()}/loans`, TOKENS.desk, 404],
    ['blocks of a borrower id that is no UUID', '/circulation/borrowers/ada/blocks', TOKENS.desk, 400],
    ['loans without a token', `/circulation/borrowers/${randomUUID()}/loans`, '', 401],
  ])('answers %s with a problem', async (_case, path, token, status) => {
    const response = token ? await get(path, token) : await api.http().get(path);
    expect(response.status).toBe(status);
  });
});
