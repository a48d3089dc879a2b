import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../../testing/circulation-api';
import { logText, registerBorrower, registration } from '../../testing/borrower-fixtures';

describe('cards: POST /circulation/borrowers/{id}/cards and …/cards/lost (real SQLite, HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(() => api.close());

  const issue = (id: string, body: object) => api.http().post(`/circulation/borrowers/${id}/cards`).set(api.as(TOKENS.student)).send(body);
  const lost = (id: string) => api.http().post(`/circulation/borrowers/${id}/cards/lost`).set(api.as(TOKENS.desk)).send({});
  const lookUp = (cardNumber: string) => api.http().post('/circulation/borrower-lookups').set(api.as(TOKENS.desk)).send({ cardNumber });

  it('reports the card lost, issues a new one, and the desk finds the borrower by either card with its standing', async () => {
    const body = registration();
    const { id } = await registerBorrower(api, body);
    expect((await lost(id)).status).toBe(200);
    const head = await api.head();
    expect((await lost(id)).status).toBe(404); // no card in use any more
    expect(await api.head()).toBe(head);

    const issued = await issue(id, { cardNumber: '77778888999900', reason: 'replacement for a lost card' });
    expect(issued.status).toBe(200);
    expect(await lookUp(body.cardNumber)).toMatchObject({ status: 200, body: { borrowerId: id, cardStatus: 'lost' } });
    expect(await lookUp('77778888999900')).toMatchObject({ status: 200, body: { borrowerId: id, cardStatus: 'active' } });

    const read = await api.http().get(`/circulation/borrowers/${id}`).set(api.as(TOKENS.desk));
    expect(read.body.cards).toEqual([
      expect.objectContaining({ number: `**********${body.cardNumber.slice(-4)}`, status: 'lost', issuedAt: 'registration' }),
      expect.objectContaining({ number: '**********9900', status: 'active', issuedAt: 'replacement' }),
    ]);
    expect(await logText(api)).not.toContain('77778888999900');
    const listed = await api.http().get('/circulation/borrowers').set(api.as(TOKENS.desk));
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id, cardCount: 2 }));
  });

  describe('refused, appending nothing', () => {
    let other: string;
    beforeAll(async () => {
      const body = registration();
      other = body.cardNumber;
      await registerBorrower(api, body);
    });

    const refusals: [string, () => Promise<[string, object]>, number, string][] = [
      ['a number another borrower holds', async () => [(await registerBorrower(api)).id, { cardNumber: other, reason: 'new card' }], 409, 'barcode-in-use'],
      [
        'the number of the card in use',
        async () => {
          const body = registration();
          return [(await registerBorrower(api, body)).id, { cardNumber: body.cardNumber, reason: 'new card' }];
        },
        409,
        'card-unchanged',
      ],
      ['no reason', async () => [(await registerBorrower(api)).id, { cardNumber: '12121212343434' }], 400, 'validation'],
      [
        'a reason with personal data',
        async () => [(await registerBorrower(api)).id, { cardNumber: '12121212343435', reason: 'call 0161 496 0000 first' }],
        400,
        'validation',
      ],
      ['an unknown borrower', async () => [randomUUID(), { cardNumber: '12121212343436', reason: 'new card' }], 404, 'borrower-not-found'],
    ];

    it.each(refusals)('%s', async (_case, given, status, type) => {
      const [id, body] = await given();
      const head = await api.head();
      const refused = await issue(id, body);
      expect(refused.status).toBe(status);
      expect(refused.body.type).toContain(type);
      expect(await api.head()).toBe(head);
    });

    it('gives a refused number back: the borrower it was refused for does not hold it', async () => {
      const { id } = await registerBorrower(api);
      expect((await issue(randomUUID(), { cardNumber: '31313131424242', reason: 'new card' })).status).toBe(404);
      expect((await lookUp('31313131424242')).status).toBe(404);
      expect((await issue(id, { cardNumber: '31313131424242', reason: 'new card' })).status).toBe(200);
    });

    it('reports lost on an unknown borrower: 404', async () => {
      expect((await lost(randomUUID())).status).toBe(404);
    });
  });
});
