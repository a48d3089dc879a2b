import { TestApi, TOKENS } from '@era/api-testing';
import { anInquiry, startDeskApi } from './testing/desk-api';

/** The free-text screens as a desk user meets them: what is refused, what passes, and that a refusal appends nothing. */
describe('desk free text is screened for personal data and credentials (real SQLite, HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startDeskApi();
  });
  afterAll(() => api.close());

  const post = (body: unknown, token: string = TOKENS.desk) =>
    api
      .http()
      .post('/desk/inquiries')
      .set(api.as(token))
      .send(body as object);

  async function expectRefused(body: unknown, status = 400, token?: string) {
    const before = await api.head();
    const response = await post(body, token);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
    return response.body;
  }

  describe('an oversized note from a student account is refused without being screened', () => {
    it('refuses a 100,000-character note', async () => {
      const problem = await expectRefused(anInquiry({ note: '1-'.repeat(50_000) }), 400, TOKENS.student);
      expect(problem.detail).toBe('note is longer than 10000 characters, more than any field takes');
    });

    it('refuses a 1 MB note', async () => {
      await expectRefused(anInquiry({ note: '1 '.repeat(512 * 1024) }), 413, TOKENS.student);
    });

    it('refuses a note over its field limit but under the screening limit by its length', async () => {
      const problem = await expectRefused(anInquiry({ note: '@'.repeat(5000) }), 400, TOKENS.student);
      expect(problem.errors).toEqual([{ field: 'note', messages: ['note must be shorter than or equal to 2000 characters'] }]);
    });
  });

  it.each([
    ['a phone number in brackets', 'patron called from (555) 123-4567'],
    ['a phone number with dots', 'call back on 555.123.4567'],
    ['a phone number with spaces', 'call back on 555 123 4567'],
    ['an international phone number', 'rang from +44 20 7946 0958'],
    ['a card number with dots', 'card 4111.1111.1111.1111 found'],
    ['a card number with spaces', 'card 4111 1111 1111 1111 found'],
    ['a card number with dashes', 'card 4111-1111-1111-1111 found'],
    ['digits with zero-width spaces between them', 'call 5\u200B5\u200B5\u200B1\u200B2\u200B3\u200B4\u200B5\u200B6\u200B7'],
    ['full-width digits', 'call ５５５１２３４５６７'],
    ['an email address without a dot', 'write to jane@example'],
    ['a full-width at sign', 'write to jane＠example.org'],
    ['an ordinary email address', 'write to jane.doe@example.org'],
  ])('refuses %s in a note and appends nothing', async (_name, note) => {
    const problem = await expectRefused(anInquiry({ note }));
    expect(problem.errors).toEqual([{ field: 'note', messages: [expect.stringContaining('note must not contain personal data')] }]);
  });

  it.each([
    ['an ISO date', 'follow up on 2026-03-02'],
    ['a date-time', 'patron came back 2026-03-02T14:10:00+01:00'],
    ['a time', 'busy from 14:10 to 15:30'],
    ['an ISBN-13 with hyphens', 'ISBN 978-0-306-40615-7'],
    ['an ISBN-13 without label or hyphens', 'wanted 9780306406157'],
    ['an ISBN-10', 'wanted 0-306-40615-2'],
    ['an ISSN', 'journal 0317-8471 missing'],
    ['an LC call number', 'QA76.73 .J38 2019 on the cart'],
    ['a Dewey call number', 'see 025.04 SMI'],
    ['DOIs', '10.1000/182 and doi:10.1038/nphys1170'],
    ['a year, a page range and a price', 'vol. 2019, pages 1203-1245, fee 12.50'],
    ['a room number', 'sent to room 2.14'],
  ])('records a note with %s', async (_name, note) => {
    const response = await post(anInquiry({ note }));
    expect(response.status).toBe(201);
  });

  it.each([
    ['a snake_case password field', 'vendor_password: hunter2'],
    ['a client secret', 'client_secret=abc123'],
    ['a camelCase label with a value', 'adminPassword Tr0ub4dor&3'],
    ['an API key', 'API-KEY sk_live_4eC39HqLyjWD'],
    ['a sentence giving the password', 'the password is swordfish'],
    ['a login and pw', 'login: jdoe / pw: tiger'],
  ])('refuses %s in a note and appends nothing', async (_name, note) => {
    const problem = await expectRefused(anInquiry({ note }));
    expect(problem.type).toMatch(/\/credential-in-text$/);
    expect(problem.detail).toMatch(/^note must not contain a password/);
  });

  it('records a note that only talks about passwords', async () => {
    expect((await post(anInquiry({ note: 'password reset instructions were sent' }))).status).toBe(201);
  });

  describe('X-Correlation-Id, kept in immutable metadata, is a short opaque token', () => {
    it.each([
      ['with spaces', 'my request id'],
      ['over 64 characters', 'a'.repeat(65)],
      ['carrying a credential', 'pwd:hunter2'],
      ['with a non-ASCII letter', 'caf\u00e9'],
      ['sent twice', ['a', 'b']], // Node joins repeated headers into "a, b"
    ])('refuses one %s with 400 and appends nothing', async (_name, correlationId) => {
      const before = await api.head();
      const response = await post(anInquiry()).set('X-Correlation-Id', correlationId as string);
      expect(response.status).toBe(400);
      expect(response.body.type).toMatch(/\/invalid-correlation-id$/);
      expect(await api.head()).toBe(before);
    });
  });
});
