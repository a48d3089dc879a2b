import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { TITLE_LIST_UPLOAD_ROUTE } from '@era/holdings';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppModule } from './app.module';

/**
 * Input no route was written for (absurd nesting, forged page cursors, bodies made of thousands of unknown keys) is a
 * small 400 application/problem+json that appends nothing: never a 500, never an answer larger than the question.
 */
describe('bounded answers to malformed input (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE, TITLE_LIST_UPLOAD_ROUTE] });
  });
  afterAll(() => api.close());

  const inquiry = () => ({ id: randomUUID(), location: 'main-desk', channel: 'in-person', questionType: 'reference', readLevel: 3, durationMinutes: 10 });
  const licence = () => ({ id: randomUUID(), name: 'JSTOR Arts & Sciences I', licensor: 'ITHAKA', type: 'local', resourceIds: ['jstor-as1'] });
  const WRITES = [
    { route: '/desk/inquiries', token: TOKENS.desk, body: inquiry },
    { route: '/licences', token: TOKENS.associate, body: licence },
  ];

  const nested = (levels: number, open: string, close: string) => `${open.repeat(levels)}1${close.repeat(levels)}`;

  describe.each(WRITES)('POST $route', ({ route, token, body }) => {
    it.each([
      ['arrays', nested(10_000, '[', ']')],
      ['objects', nested(10_000, '{"a":', '}')],
      ['a field', JSON.stringify(body()).replace(/}$/, `,"note":${nested(10_000, '[', ']')}}`)],
    ])('refuses JSON nested 10,000 levels deep (%s) with a 400 before validation, appending nothing', async (_, text) => {
      const before = await api.head();
      const response = await api.http().post(route).set(api.as(token)).set('Content-Type', 'application/json').send(text);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toMatch(/json-too-deep$/);
      expect(await api.head()).toBe(before);
    });

    it('still takes a body nested as deep as a real one', async () => {
      const response = await api.http().post(route).set(api.as(token)).send(body());
      expect(response.status).toBe(201);
    });

    it('answers a 248 KB body of unknown fields with a short list of errors and the count of the rest', async () => {
      const before = await api.head();
      const unknown = Object.fromEntries(Array.from({ length: 3_300 }, (_, i) => [`unknown_field_${i}_${'x'.repeat(20)}`, i]));
      const text = JSON.stringify({ ...body(), ...unknown, ['y'.repeat(100_000)]: 1 });
      expect(text.length).toBeGreaterThan(240_000);
      const response = await api.http().post(route).set(api.as(token)).set('Content-Type', 'application/json').send(text);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.text.length).toBeLessThan(16_000);
      expect(response.body.errors.length).toBeLessThanOrEqual(20);
      expect(response.body.omittedErrors).toBeGreaterThan(3_200);
      for (const error of response.body.errors) {
        expect(error.field.length).toBeLessThanOrEqual(200);
        for (const message of error.messages) expect(message.length).toBeLessThanOrEqual(200);
      }
      expect(await api.head()).toBe(before);
    });
  });

  const encoded = (value: string) => Buffer.from(value, 'utf8').toString('base64url');
  describe.each([
    ['/desk/inquiries', TOKENS.desk],
    ['/licences', TOKENS.auditor],
    ['/licence-audit-trail', TOKENS.auditor],
  ])('GET %s', (route, token) => {
    it.each([
      ['an object', encoded('{"a":1}')],
      ['an array of an object and an id', encoded('[{"a":1},"x"]')],
      ['an array of an array and an id', encoded('[[1,2],"x"]')],
      ['a number', encoded('5')],
      ['a string', encoded('"ab"')],
      ['an id that is not text', encoded('["x",{"id":1}]')],
      ['not base64 at all', '!!!%%%***'],
      ['base64 of garbage', Buffer.from([0xff, 0xfe, 0x00, 0x9c]).toString('base64url')],
      ['a huge string', 'A'.repeat(8_000)],
    ])('refuses a cursor that decodes to %s with a 400 problem', async (_, cursor) => {
      const response = await api.http().get(route).query({ cursor }).set(api.as(token));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });
});
