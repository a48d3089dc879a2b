import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { PERSONAL_DATA, PersonalDataStore } from '@era/platform';
import { startCirculationApi } from '../../testing/circulation-api';
import { chargeFee, checkInDirectly, checkOutDirectly, logText, registerBorrower, registration } from '../../testing/borrower-fixtures';

describe('POST /circulation/borrowers/{id}/erasure (real SQLite, HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(() => api.close());

  const erase = (id: string, token: string = TOKENS.deskHead, body: object = { reason: 'left the university' }) =>
    api.http().post(`/circulation/borrowers/${id}/erasure`).set(api.as(token)).send(body);
  const keys = () => api.app.get<PersonalDataStore>(PERSONAL_DATA);

  it('erases the key: the borrower reads as erased with nothing personal, the card finds nobody, counts stay', async () => {
    const body = registration();
    const { id } = await registerBorrower(api, body);
    const erased = await erase(id);
    expect(erased.status).toBe(200);
    expect(await keys().isErased(id)).toBe(true);

    const read = await api.http().get(`/circulation/borrowers/${id}`).set(api.as(TOKENS.desk));
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      id,
      patronGroup: 'undergraduate',
      status: 'erased',
      erased: true,
      registeredAt: expect.any(String),
      erasedAt: expect.any(String),
      revision: 1,
    });
    const found = await api.http().post('/circulation/borrower-lookups').set(api.as(TOKENS.desk)).send({ cardNumber: body.cardNumber });
    expect(found.status).toBe(404);
    const listed = await api.http().get('/circulation/borrowers?status=erased').set(api.as(TOKENS.desk));
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id, status: 'erased', cardCount: 1 }));
  });

  it('answers a repeated erasure 200 without appending, and refuses anything else of an erased borrower (409)', async () => {
    const { id } = await registerBorrower(api);
    await erase(id);
    const head = await api.head();
    const again = await erase(id);
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
    const card = await api
      .http()
      .post(`/circulation/borrowers/${id}/cards`)
      .set(api.as(TOKENS.desk))
      .send({ cardNumber: '55556666777788', reason: 'new card' });
    expect(card.status).toBe(409);
    expect(card.body.type).toContain('borrower-erased');
    const correction = await api
      .http()
      .post(`/circulation/borrowers/${id}/personal-data-corrections`)
      .set(api.as(TOKENS.desk))
      .send({ name: 'Someone Else', reason: 'typo' });
    expect(correction.status).toBe(409);
    expect(await api.head()).toBe(head);
  });

  describe('refused, appending nothing', () => {
    const refusals: [string, (api: TestApi) => Promise<string>, string, number, string][] = [
      [
        'while the borrower owes money',
        async (a) => {
          const { id } = await registerBorrower(a);
          await chargeFee(a, id, 250);
          return id;
        },
        TOKENS.deskHead,
        409,
        'erasure-refused-owes-money',
      ],
      [
        'while the borrower has an item out',
        async (a) => {
          const { id } = await registerBorrower(a);
          await checkOutDirectly(a, id);
          return id;
        },
        TOKENS.librarian,
        409,
        'erasure-refused-items-out',
      ],
      ['an unknown borrower', async () => randomUUID(), TOKENS.deskHead, 404, 'borrower-not-found'],
      ['asked by a student assistant', async (a) => (await registerBorrower(a)).id, TOKENS.student, 403, 'forbidden'],
      ['asked by desk staff', async (a) => (await registerBorrower(a)).id, TOKENS.desk, 403, 'forbidden'],
    ];

    it.each(refusals)('%s', async (_case, given, token, status, type) => {
      const id = await given(api);
      const head = await api.head();
      const refused = await erase(id, token);
      expect(refused.status).toBe(status);
      expect(refused.body.type).toContain(type);
      expect(await api.head()).toBe(head);
      expect(await keys().isErased(id)).toBe(false);
    });

    it('without a reason (400), or with personal data in the reason (400)', async () => {
      const { id } = await registerBorrower(api);
      expect((await erase(id, TOKENS.admin, {})).status).toBe(400);
      expect((await erase(id, TOKENS.admin, { reason: 'asked by mail from pq@example.org' })).status).toBe(400);
    });

    it('says how much is owed, never who owes it', async () => {
      const body = registration();
      const { id } = await registerBorrower(api, body);
      await chargeFee(api, id, 1234);
      const refused = await erase(id);
      expect(refused.body.owes).toEqual({ minor: 1234, currency: 'EUR' });
      for (const value of [body.name, body.email, body.cardNumber]) expect(refused.text).not.toContain(value);
    });
  });

  it('erases once the item is back in', async () => {
    const { id } = await registerBorrower(api);
    const { barcode, loanId } = await checkOutDirectly(api, id);
    expect((await erase(id)).status).toBe(409);
    await checkInDirectly(api, barcode, loanId);
    expect((await erase(id)).status).toBe(200);
  });

  describe('the erasure sweep', () => {
    it('erases the key of a borrower the log says erased whose key survived a crash', async () => {
      const body = registration();
      const { id } = await registerBorrower(api, body);
      // The crash: BorrowerErased appended, the key's deletion never ran.
      await api.events.append(`borrower-${id}`, [{ type: 'BorrowerErased', data: { borrowerId: id, reason: 'left' } }], {
        expectedRevision: 0,
        metadata: { actor: { id: 's-head', role: 'desk-head' }, correlationId: randomUUID(), causationId: randomUUID(), source: 'api' },
      });
      expect(await keys().isErased(id)).toBe(false);

      expect((await api.http().post('/circulation/erasure-sweeps').set(api.as(TOKENS.desk))).status).toBe(403);
      const swept = await api.http().post('/circulation/erasure-sweeps').set(api.as(TOKENS.deskHead));
      expect(swept.status).toBe(200);
      expect(swept.body.erased).toBe(1);
      expect(await keys().isErased(id)).toBe(true);
      const found = await api.http().post('/circulation/borrower-lookups').set(api.as(TOKENS.desk)).send({ cardNumber: body.cardNumber });
      expect(found.status).toBe(404);

      const again = await api.http().post('/circulation/erasure-sweeps').set(api.as(TOKENS.deskHead));
      expect(again.body.erased).toBe(0);
    });
  });

  it('leaves no plaintext of the erased borrower in the event log', async () => {
    const body = registration();
    const { id } = await registerBorrower(api, body);
    await erase(id);
    const log = await logText(api);
    for (const value of [body.name, body.email, body.cardNumber, body.address]) expect(log).not.toContain(value);
  });
});
