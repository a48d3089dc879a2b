import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../../testing/circulation-api';
import { externalRegistration, logText, registerBorrower, registration } from '../../testing/borrower-fixtures';

describe('POST /circulation/borrowers/{id}/personal-data-corrections (real SQLite, HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(() => api.close());

  const correct = (id: string, body: object) => api.http().post(`/circulation/borrowers/${id}/personal-data-corrections`).set(api.as(TOKENS.desk)).send(body);
  const read = async (id: string) => (await api.http().get(`/circulation/borrowers/${id}`).set(api.as(TOKENS.desk))).body;

  it('replaces the fields given, removes those sent as null, keeps the rest, and seals the whole again', async () => {
    const body = externalRegistration();
    const { id } = await registerBorrower(api, body);
    const corrected = await correct(id, { email: 'new.address@example.net', phone: null, identityDocument: { number: 'P99887766' }, reason: 'moved house' });
    expect(corrected.status).toBe(200);
    const after = await read(id);
    expect(after).toMatchObject({
      name: body.name,
      email: 'new.address@example.net',
      address: body.address,
      identityDocument: { type: 'passport', number: 'P99887766' },
    });
    expect(after.phone).toBeUndefined();
    const log = await logText(api);
    for (const value of ['new.address@example.net', 'P99887766', body.name]) expect(log).not.toContain(value);
  });

  const refusals: [string, () => Promise<[string, object]>, number, string][] = [
    ['no reason', async () => [(await registerBorrower(api)).id, { name: 'Pip Quartermaine' }], 400, 'validation'],
    ['a blank name', async () => [(await registerBorrower(api)).id, { name: '', reason: 'typo' }], 400, 'validation'],
    ['an e-mail that is none', async () => [(await registerBorrower(api)).id, { email: 'nope', reason: 'typo' }], 400, 'validation'],
    ['an unknown borrower', async () => [randomUUID(), { name: 'Pip Quartermaine', reason: 'typo' }], 404, 'borrower-not-found'],
  ];

  it.each(refusals)('refuses %s, appending nothing', async (_case, given, status, type) => {
    const [id, body] = await given();
    const head = await api.head();
    const refused = await correct(id, body);
    expect(refused.status).toBe(status);
    expect(refused.body.type).toContain(type);
    expect(await api.head()).toBe(head);
  });

  it('does not echo the corrected name in a refusal', async () => {
    const refused = await correct(randomUUID(), {
      ...registration(),
      patronGroup: undefined,
      cardNumber: undefined,
      dateOfBirth: undefined,
      name: 'Zebedee Marchbanks',
      reason: 'typo',
    });
    expect(refused.status).toBe(404);
    expect(refused.text).not.toContain('Zebedee');
  });
});
