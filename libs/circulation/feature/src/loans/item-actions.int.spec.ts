import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { feeFinesStreamId } from '@era/circulation-domain';
import { startCirculationApi } from '../testing/circulation-api';
import { registerTestBorrower } from '../testing/circulation-fixtures';
import { LoanFollowUps } from './loan-follow-ups';

describe('items and loans: register, scan, claimed returned, declared lost, missing (HTTP, real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const item = (barcode: string) => ({ barcode, title: 'Dune', titleId: 'title-dune', owningLocation: 'main-library', itemType: 'book', loanable: true });
  const lentItem = async () => {
    const [borrowerId, barcode] = [await registerTestBorrower(api), `it-${randomUUID().slice(0, 8)}`];
    await post('/circulation/items', item(barcode));
    const lent = await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId, desk: 'main-library' });
    return { borrowerId, barcode, loanId: lent.body.id as string };
  };
  const scan = (barcode: string, token: string = TOKENS.desk) => api.http().get(`/circulation/items/${barcode}`).set(api.as(token));

  describe('registering and scanning an item', () => {
    it('registers an item once (the same details again are a retry) and shows it to the desk and auditors', async () => {
      const barcode = `it-${randomUUID().slice(0, 8)}`;
      const registered = await post('/circulation/items', item(barcode));
      expect(registered.status).toBe(201);
      expect(registered.headers.location).toBe(`/circulation/items/${barcode}`);
      expect((await post('/circulation/items', item(barcode))).body).toMatchObject({ id: barcode, created: false });
      const scanned = await scan(barcode, TOKENS.auditor);
      expect(scanned.status).toBe(200);
      expect(scanned.body).toEqual({ ...item(barcode), status: 'available', location: 'main-library' });
    });

    it.each([
      ['the same barcode with other details', (barcode: string) => ({ ...item(barcode), title: 'Dune Messiah' }), TOKENS.desk, 409],
      ['a barcode a scanner cannot give', () => item('no barcode!'), TOKENS.desk, 400],
      ['an unknown item type', (barcode: string) => ({ ...item(barcode), itemType: 'scroll' }), TOKENS.desk, 400],
      ['an unknown field', (barcode: string) => ({ ...item(barcode), price: 12 }), TOKENS.desk, 400],
      ['an auditor', (barcode: string) => item(barcode), TOKENS.auditor, 403],
    ])('refuses %s, appending nothing', async (_case, body, token, status) => {
      const barcode = `it-${randomUUID().slice(0, 8)}`;
      await post('/circulation/items', item(barcode));
      const before = await api.head();
      const refused = await post('/circulation/items', body(barcode), token);
      expect(refused.status).toBe(status);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await api.head()).toBe(before);
    });

    it.each([
      ['an unknown item', 'no-such-item', 404],
      ['a bad barcode', 'a%20b', 400],
    ])('answers %s with a problem', async (_case, barcode, status) => {
      expect((await scan(barcode)).status).toBe(status);
    });
  });

  it('records a claim of return with its comment: the loan stays open, claimed returned, and can then be declared missing', async () => {
    const { borrowerId, barcode, loanId } = await lentItem();
    const claimed = await post(`/circulation/items/${barcode}/claimed-returned`, { comment: 'Says it went in the book drop' });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ id: loanId, created: false });
    expect((await scan(barcode)).body.status).toBe('claimed returned');
    const loans = await api.http().get(`/circulation/borrowers/${borrowerId}/loans`).set(api.as(TOKENS.desk));
    expect(loans.body.loans).toEqual([expect.objectContaining({ loanId, status: 'claimed returned' })]);
    expect((await post(`/circulation/items/${barcode}/missing`, { comment: 'Not on the shelf nor in the drop' })).status).toBe(200);
    expect((await scan(barcode)).body.status).toBe('missing');
    expect((await api.http().get(`/circulation/borrowers/${borrowerId}/loans`).set(api.as(TOKENS.desk))).body.loans).toEqual([]);
  });

  it('charges the lost item fee and its processing fee once when a loan is declared lost', async () => {
    const { borrowerId, barcode, loanId } = await lentItem();
    expect((await post(`/circulation/items/${barcode}/declared-lost`, {})).status).toBe(200);
    expect((await post(`/circulation/items/${barcode}/declared-lost`, {})).status).toBe(409);
    const charges = await collect(api.events.readStream(feeFinesStreamId(borrowerId)));
    expect(charges.map((event) => [event.data.chargeId, event.data.feeFineType, event.data.amount])).toEqual([
      [LoanFollowUps.chargeIdOf('lost-item-fee', loanId), 'lost-item-fee', { minor: 5000, currency: 'EUR' }],
      [LoanFollowUps.chargeIdOf('lost-item-processing-fee', loanId), 'lost-item-processing-fee', { minor: 1000, currency: 'EUR' }],
    ]);
    const blocks = await api.http().get(`/circulation/borrowers/${borrowerId}/blocks`).set(api.as(TOKENS.auditor));
    expect(blocks.body).toMatchObject({ borrowerId, blocks: [], itemsOut: 1, itemLimit: 10, balance: { minor: 6000, currency: 'EUR' } });
  });

  it.each([
    ['a claim of return without a comment', 'claimed-returned', {}, 400],
    ['a claim of return of an item not out', 'claimed-returned', { comment: 'Says so' }, 404],
    ['missing for an item not claimed returned', 'missing', { comment: 'Not found' }, 409],
    ['a comment with personal data', 'claimed-returned', { comment: 'Call ada@example.org' }, 400],
  ])('refuses %s, appending nothing', async (_case, action, body, status) => {
    const barcode = `it-${randomUUID().slice(0, 8)}`;
    await post('/circulation/items', item(barcode));
    const before = await api.head();
    expect((await post(`/circulation/items/${barcode}/${action}`, body)).status).toBe(status);
    expect(await api.head()).toBe(before);
  });
});
