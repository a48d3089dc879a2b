import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../../testing/circulation-api';
import { externalRegistration, logText, registerBorrower, registration } from '../../testing/borrower-fixtures';

describe('POST /circulation/borrowers (real SQLite, HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(() => api.close());

  const register = (body: object, token: string = TOKENS.desk) => api.http().post('/circulation/borrowers').set(api.as(token)).send(body);
  const get = (id: string, token: string = TOKENS.desk) => api.http().get(`/circulation/borrowers/${id}`).set(api.as(token));

  it('registers a borrower, and reads their personal data back opened, the card masked but its last four digits', async () => {
    const body = registration();
    const created = await register(body);
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/circulation/borrowers/${created.body.id}`);
    expect(created.body).toMatchObject({ created: true, cardNumber: body.cardNumber });

    const read = await get(created.body.id);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: created.body.id,
      patronGroup: 'undergraduate',
      status: 'active',
      erased: false,
      name: body.name,
      email: body.email,
      phone: body.phone,
      address: body.address,
      dateOfBirth: body.dateOfBirth,
      cards: [{ number: `${'*'.repeat(10)}${body.cardNumber.slice(-4)}`, status: 'active', issuedAt: 'registration' }],
    });
    expect(JSON.stringify(read.body)).not.toContain(body.cardNumber);
  });

  it('writes no name, e-mail, phone, address, date of birth, card or document number into the event log', async () => {
    const body = externalRegistration();
    await registerBorrower(api, body);
    const log = await logText(api);
    for (const value of [body.name, body.email, body.phone, body.address, body.dateOfBirth, body.cardNumber, body.identityDocument?.number ?? '']) {
      expect(log).not.toContain(value as string);
    }
    expect(log).toContain('"identityDocumentType":"passport"');
  });

  it('generates a card number when none is given, and answers it whole this once', async () => {
    const { cardNumber: _none, ...body } = registration();
    const created = await register(body);
    expect(created.status).toBe(201);
    expect(created.body.cardNumber).toMatch(/^\d{14}$/);
    const found = await api.http().post('/circulation/borrower-lookups').set(api.as(TOKENS.student)).send({ cardNumber: created.body.cardNumber });
    expect(found.body).toEqual({ borrowerId: created.body.id, cardStatus: 'active' });
  });

  it('records a retry with the same id and details once', async () => {
    const body = registration({ id: randomUUID() });
    expect((await register(body)).status).toBe(201);
    const head = await api.head();
    const again = await register(body);
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
    expect(await api.head()).toBe(head);
  });

  it('registers an external borrower with the expiry date and the document checked', async () => {
    const body = externalRegistration();
    const { id } = await registerBorrower(api, body);
    const read = await get(id);
    expect(read.body).toMatchObject({ patronGroup: 'external-borrower', expiresOn: '2099-12-31', identityDocument: body.identityDocument });
  });

  describe('refused, appending nothing', () => {
    let taken: string;
    beforeAll(async () => {
      const body = registration();
      taken = body.cardNumber;
      await registerBorrower(api, body);
    });

    const refusals: [string, () => object, number, string][] = [
      ['a card number another borrower holds', () => registration({ cardNumber: taken }), 409, 'barcode-in-use'],
      ['no name', () => ({ ...registration(), name: undefined }), 400, 'validation'],
      ['a blank name', () => registration({ name: '' }), 400, 'validation'],
      ['an unknown patron group', () => registration({ patronGroup: 'visiting-wizard' }), 400, 'validation'],
      ['an external borrower without an expiry date', () => externalRegistration({ expiresOn: undefined }), 422, 'expiry-required'],
      ['an external borrower without the identity document', () => externalRegistration({ identityDocument: undefined }), 422, 'identity-document-required'],
      ['an expiry date already past', () => externalRegistration({ expiresOn: '2020-01-01' }), 422, 'expiry-in-past'],
      ['an expiry date that is no day', () => externalRegistration({ expiresOn: '2099-02-30' }), 400, 'validation'],
      ['an unknown identity document type', () => externalRegistration({ identityDocument: { type: 'library-card', number: 'X1' } }), 400, 'validation'],
      ['an e-mail that is none', () => registration({ email: 'not-an-address' }), 400, 'validation'],
      ['a card number with spaces', () => registration({ cardNumber: '2900 1234 5678' }), 400, 'validation'],
      ['an unknown field', () => registration({ nationalInsuranceNumber: 'QQ123456C' }), 400, 'validation'],
    ];

    it.each(refusals)('%s', async (_case, body, status, type) => {
      const head = await api.head();
      const refused = await register(body());
      expect(refused.status).toBe(status);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.type).toContain(type);
      expect(await api.head()).toBe(head);
    });

    it('does not echo the name, e-mail or card number in a refusal', async () => {
      const body = registration({ cardNumber: taken });
      const refused = await register(body);
      expect(refused.status).toBe(409);
      for (const value of [body.name, body.email, taken]) expect(refused.text).not.toContain(value);
    });

    it('gives the card number back after a refusal: the borrower refused does not keep it', async () => {
      const body = externalRegistration({ expiresOn: undefined });
      expect((await register(body)).status).toBe(422);
      const found = await api.http().post('/circulation/borrower-lookups').set(api.as(TOKENS.desk)).send({ cardNumber: body.cardNumber });
      expect(found.status).toBe(404);
      expect((await register({ ...body, expiresOn: '2099-01-01' })).status).toBe(201);
    });

    it('refuses the auditor (403) and an anonymous caller (401)', async () => {
      expect((await register(registration(), TOKENS.auditor)).status).toBe(403);
      expect((await api.http().post('/circulation/borrowers').send(registration())).status).toBe(401);
    });
  });

  describe('GET /circulation/borrowers/{id}', () => {
    it('is 404 for an unknown borrower, 400 for an id that is no UUID', async () => {
      const unknown = await get(randomUUID());
      expect(unknown.status).toBe(404);
      expect(unknown.body.type).toContain('borrower-not-found');
      expect((await get('someone')).status).toBe(400);
    });
  });

  describe('POST /circulation/borrower-lookups', () => {
    it('finds the borrower by card, 404 for a card nobody holds, and never takes the number in the URL', async () => {
      const body = registration();
      const { id } = await registerBorrower(api, body);
      const found = await api.http().post('/circulation/borrower-lookups').set(api.as(TOKENS.desk)).send({ cardNumber: body.cardNumber });
      expect(found.status).toBe(200);
      expect(found.body).toEqual({ borrowerId: id, cardStatus: 'active' });
      const missing = await api.http().post('/circulation/borrower-lookups').set(api.as(TOKENS.desk)).send({ cardNumber: '11112222333344' });
      expect(missing.status).toBe(404);
      expect(missing.text).not.toContain('11112222333344');
      expect((await api.http().get(`/circulation/borrower-lookups?cardNumber=${body.cardNumber}`).set(api.as(TOKENS.desk))).status).toBe(404);
    });
  });

  it('keeps the personal data out of the read models', async () => {
    const body = registration();
    await registerBorrower(api, body);
    const list = await api.http().get('/circulation/borrowers').set(api.as(TOKENS.auditor));
    expect(list.status).toBe(200);
    for (const value of [body.name, body.email, body.cardNumber]) expect(list.text).not.toContain(value);
  });
});
