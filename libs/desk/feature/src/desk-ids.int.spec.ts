import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { anInquiry, startDeskApi } from './testing/desk-api';

/** Issue #8's two command-path defects, as a desk client meets them: retries without a time, and UUIDs in upper case. */
describe('desk ids and retries over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startDeskApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object) => api.http().post(path).set(api.as(TOKENS.desk)).send(body);
  const get = (path: string) => api.http().get(path).set(api.as(TOKENS.desk));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const untimedInquiry = (id: string) => ({ ...anInquiry({ id }), occurredAt: undefined });

  describe.each([
    ['inquiry', '/desk/inquiries', (id: string) => untimedInquiry(id), { durationMinutes: 11 }],
    ['headcount', '/desk/headcounts', (id: string) => ({ id, location: 'reading-room', count: 42 }), { count: 43 }],
  ])('a %s created without a time', (_kind, path, body, otherDetails) => {
    it('answers a retry after a lost response with 200 and the original result, and records nothing more', async () => {
      const id = randomUUID();
      const first = await post(path, body(id));
      expect(first.status).toBe(201);
      const before = await api.head();
      await pause(20); // the server's "now" has moved on by the time the retry arrives
      const retry = await post(path, body(id));
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual({ ...first.body, created: false });
      expect(await api.head()).toBe(before);
    });

    it('still refuses the same id with other details (409), appending nothing', async () => {
      const id = randomUUID();
      expect((await post(path, body(id))).status).toBe(201);
      const before = await api.head();
      const different = await post(path, { ...body(id), ...otherDetails });
      expect(different.status).toBe(409);
      expect(different.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await api.head()).toBe(before);
    });

    it('refuses a retry that now names a time other than the one first recorded', async () => {
      const id = randomUUID();
      expect((await post(path, body(id))).status).toBe(201);
      const timeField = path.endsWith('inquiries') ? 'occurredAt' : 'countedAt';
      expect((await post(path, { ...body(id), [timeField]: '2026-03-02T10:15:00Z' })).status).toBe(409);
    });
  });

  describe('an upper-case UUID', () => {
    it('records an inquiry under the canonical lower-case id, and a retry in lower case is the same inquiry', async () => {
      const id = randomUUID();
      const upper = await post('/desk/inquiries', anInquiry({ id: id.toUpperCase() }));
      expect(upper.status).toBe(201);
      expect(upper.body.id).toBe(id);
      expect(upper.headers.location).toBe(`/desk/inquiries/${id}`);
      const before = await api.head();
      const lower = await post('/desk/inquiries', anInquiry({ id }));
      expect(lower.status).toBe(200);
      expect(lower.body).toMatchObject({ id, created: false });
      expect(await api.head()).toBe(before);
    });

    it('reaches the same inquiry on every route: read, void, list', async () => {
      const id = randomUUID();
      expect((await post('/desk/inquiries', anInquiry({ id }))).status).toBe(201);
      const read = await get(`/desk/inquiries/${id.toUpperCase()}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id, status: 'recorded' });
      const voided = await post(`/desk/inquiries/${id.toUpperCase()}/void`, { reason: 'entered twice' }).set('If-Match', '"0"');
      expect(voided.status).toBe(200);
      expect(voided.body).toMatchObject({ id, revision: 1 });
      expect((await get(`/desk/inquiries/${id}`)).body).toMatchObject({ status: 'voided', voidReason: 'entered twice' });
      const listed = await get('/desk/inquiries?from=2026-03-02&to=2026-03-02&status=voided');
      expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(id);
    });

    it('reaches the same headcount when voiding', async () => {
      const id = randomUUID();
      expect((await post('/desk/headcounts', { id: id.toUpperCase(), location: 'reading-room', count: 7 })).status).toBe(201);
      const voided = await post(`/desk/headcounts/${id.toUpperCase()}/void`, { reason: 'miscounted' });
      expect(voided.status).toBe(200);
      expect(voided.body).toMatchObject({ id, revision: 1 });
      expect((await post(`/desk/headcounts/${id}/void`, { reason: 'again' })).status).toBe(409);
    });
  });
});
