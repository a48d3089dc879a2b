import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../../testing/circulation-api';
import { logText, registerBorrower } from '../../testing/borrower-fixtures';

const block = (overrides: object = {}) => ({
  reason: 'damaged three items this term',
  message: 'Please see the head of the desk',
  borrowing: true,
  renewals: false,
  requests: true,
  ...overrides,
});

describe('manual blocks: POST /circulation/borrowers/{id}/manual-blocks and …/{blockId}/removal (real SQLite, HTTP)', () => {
  let api: TestApi;
  let borrowerId: string;
  beforeAll(async () => {
    api = await startCirculationApi();
    borrowerId = (await registerBorrower(api)).id;
  });
  afterAll(() => api.close());

  const place = (id: string, body: object, token: string = TOKENS.desk) =>
    api.http().post(`/circulation/borrowers/${id}/manual-blocks`).set(api.as(token)).send(body);
  const remove = (id: string, blockId: string, body: object) =>
    api.http().post(`/circulation/borrowers/${id}/manual-blocks/${blockId}/removal`).set(api.as(TOKENS.desk)).send(body);

  it('places a block with its flags, message and expiry, a retry once, and removes it with a reason', async () => {
    const id = randomUUID();
    const placed = await place(borrowerId, block({ id, expiresOn: '2099-06-30' }));
    expect(placed.status).toBe(201);
    expect(placed.body.id).toBe(id);
    expect(placed.headers.location).toBe(`/circulation/borrowers/${borrowerId}/manual-blocks/${id}`);
    const retry = await place(borrowerId, block({ id, expiresOn: '2099-06-30' }));
    expect(retry.status).toBe(200);
    expect(retry.body.created).toBe(false);

    const log = await logText(api);
    expect(log).toContain('"blockBorrowing":true,"blockRenewals":false,"blockRequests":true');
    expect(log).toContain('"expirationDate":"2099-06-30"');

    expect((await remove(borrowerId, id, { reason: 'spoke to the borrower' })).status).toBe(200);
  });

  const refusals: [string, () => Promise<[string, object]>, number, string][] = [
    ['no flag set', async () => [borrowerId, block({ borrowing: false, requests: false })], 422, 'manual-block-flag-required'],
    ['no reason', async () => [borrowerId, { borrowing: true, renewals: true, requests: true }], 400, 'validation'],
    ['an expiry already past', async () => [borrowerId, block({ expiresOn: '2020-01-01' })], 422, 'expiration-date-past'],
    ['an expiry that is no day', async () => [borrowerId, block({ expiresOn: '2099-13-01' })], 400, 'validation'],
    ['a reason naming the borrower by e-mail', async () => [borrowerId, block({ reason: 'see mail from pq@example.org' })], 400, 'validation'],
    ['an unknown borrower', async () => [randomUUID(), block()], 404, 'borrower-not-found'],
    [
      'the same block id with other details',
      async () => {
        const id = randomUUID();
        await place(borrowerId, block({ id }));
        return [borrowerId, block({ id, renewals: true })];
      },
      409,
      'manual-block-already-placed',
    ],
  ];

  it.each(refusals)('refuses %s, appending nothing', async (_case, given, status, type) => {
    const [id, body] = await given();
    const head = await api.head();
    const refused = await place(id, body);
    expect(refused.status).toBe(status);
    expect(refused.body.type).toContain(type);
    expect(await api.head()).toBe(head);
  });

  it('refuses a removal without a reason (400), of a block never placed (404), and twice (409)', async () => {
    const placed = await place(borrowerId, block());
    expect((await remove(borrowerId, placed.body.id, {})).status).toBe(400);
    expect((await remove(borrowerId, randomUUID(), { reason: 'done' })).status).toBe(404);
    expect((await remove(borrowerId, placed.body.id, { reason: 'done' })).status).toBe(200);
    const twice = await remove(borrowerId, placed.body.id, { reason: 'done' });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toContain('manual-block-already-removed');
  });

  it('is refused to the auditor', async () => {
    expect((await place(borrowerId, block(), TOKENS.auditor)).status).toBe(403);
  });
});
