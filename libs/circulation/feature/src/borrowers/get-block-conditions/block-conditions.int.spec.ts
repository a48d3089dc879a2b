import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../../testing/circulation-api';

describe('block configuration: /circulation/block-conditions and /circulation/block-limits (real SQLite, HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(() => api.close());

  const configure = (condition: string, body: object, token: string = TOKENS.deskHead) =>
    api.http().post(`/circulation/block-conditions/${condition}`).set(api.as(token)).send(body);
  const setLimit = (body: object, token: string = TOKENS.librarian) => api.http().post('/circulation/block-limits').set(api.as(token)).send(body);
  const read = async () => (await api.http().get('/circulation/block-conditions').set(api.as(TOKENS.student))).body;

  it('lists the six conditions unset at first, then as configured, with each group’s limits', async () => {
    const before = await read();
    expect(before.conditions).toHaveLength(6);
    expect(before.conditions[0]).toEqual({
      condition: 'maxNumberOfItemsChargedOut',
      name: 'Maximum number of items charged out',
      blockBorrowing: false,
      blockRenewals: false,
      blockRequests: false,
      message: '',
    });

    const configured = await configure('maxNumberOfItemsChargedOut', {
      blockBorrowing: true,
      blockRenewals: false,
      blockRequests: true,
      message: 'Too many items out',
    });
    expect(configured.status).toBe(200);
    expect((await setLimit({ patronGroup: 'undergraduate', condition: 'maxNumberOfItemsChargedOut', value: 10 })).status).toBe(200);
    expect((await setLimit({ patronGroup: 'faculty', condition: 'maxOutstandingFeeFineBalance', value: { minor: 5000, currency: 'EUR' } })).status).toBe(200);

    const after = await read();
    expect(after.conditions[0]).toMatchObject({ blockBorrowing: true, blockRequests: true, message: 'Too many items out' });
    expect(after.limits).toEqual(
      expect.arrayContaining([
        { patronGroup: 'undergraduate', condition: 'maxNumberOfItemsChargedOut', value: 10 },
        { patronGroup: 'faculty', condition: 'maxOutstandingFeeFineBalance', value: { minor: 5000, currency: 'EUR' } },
      ]),
    );

    const head = await api.head();
    expect((await setLimit({ patronGroup: 'undergraduate', condition: 'maxNumberOfItemsChargedOut', value: 10 })).body.created).toBe(false);
    expect(await api.head()).toBe(head);

    const removed = await api
      .http()
      .post('/circulation/block-limits/removal')
      .set(api.as(TOKENS.admin))
      .send({ patronGroup: 'undergraduate', condition: 'maxNumberOfItemsChargedOut' });
    expect(removed.status).toBe(200);
    expect((await read()).limits).not.toContainEqual(expect.objectContaining({ patronGroup: 'undergraduate', condition: 'maxNumberOfItemsChargedOut' }));
  });

  const refusals: [string, () => ReturnType<typeof configure>, number, string][] = [
    [
      'a flag without a message',
      () => configure('maxNumberOfLostItems', { blockBorrowing: true, blockRenewals: false, blockRequests: false }),
      422,
      'block-message-required',
    ],
    [
      'a message without a flag',
      () => configure('maxNumberOfLostItems', { blockBorrowing: false, blockRenewals: false, blockRequests: false, message: 'Lost items' }),
      422,
      'block-message-without-flag',
    ],
    [
      'an unknown condition',
      () => configure('maxNumberOfDragons', { blockBorrowing: false, blockRenewals: false, blockRequests: false }),
      404,
      'unknown-block-condition',
    ],
    [
      'a flag that is no boolean',
      () => configure('maxNumberOfLostItems', { blockBorrowing: 'yes', blockRenewals: false, blockRequests: false }),
      400,
      'validation',
    ],
    [
      'desk staff configuring',
      () => configure('maxNumberOfLostItems', { blockBorrowing: false, blockRenewals: false, blockRequests: false }, TOKENS.desk),
      403,
      'forbidden',
    ],
    [
      'a student configuring',
      () => configure('maxNumberOfLostItems', { blockBorrowing: false, blockRenewals: false, blockRequests: false }, TOKENS.student),
      403,
      'forbidden',
    ],
    ['a negative limit', () => setLimit({ patronGroup: 'graduate', condition: 'maxNumberOfLostItems', value: -1 }), 422, 'invalid-block-limit'],
    ['a fractional limit', () => setLimit({ patronGroup: 'graduate', condition: 'maxNumberOfLostItems', value: 2.5 }), 422, 'invalid-block-limit'],
    [
      'a balance limit that is not money',
      () => setLimit({ patronGroup: 'graduate', condition: 'maxOutstandingFeeFineBalance', value: 50 }),
      422,
      'invalid-block-limit',
    ],
    ['a limit for an unknown group', () => setLimit({ patronGroup: 'wizards', condition: 'maxNumberOfLostItems', value: 1 }), 400, 'validation'],
    ['a limit without a value', () => setLimit({ patronGroup: 'graduate', condition: 'maxNumberOfLostItems' }), 400, 'validation'],
    ['a limit set by desk staff', () => setLimit({ patronGroup: 'graduate', condition: 'maxNumberOfLostItems', value: 1 }, TOKENS.desk), 403, 'forbidden'],
    [
      'a limit removed that was never set',
      () => api.http().post('/circulation/block-limits/removal').set(api.as(TOKENS.admin)).send({ patronGroup: 'alumni', condition: 'maxNumberOfLostItems' }),
      404,
      'block-limit-not-found',
    ],
  ];

  it.each(refusals)('refuses %s, appending nothing', async (_case, send, status, type) => {
    const head = await api.head();
    const refused = await send();
    expect(refused.status).toBe(status);
    expect(refused.body.type).toContain(type);
    expect(await api.head()).toBe(head);
  });
});
