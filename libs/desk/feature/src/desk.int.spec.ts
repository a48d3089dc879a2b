import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { anInquiry, startDeskApi } from './testing/desk-api';

describe('desk API over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startDeskApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown, token: string = TOKENS.desk) =>
    api
      .http()
      .post(path)
      .set(api.as(token))
      .send(body as object);

  describe('POST /desk/inquiries', () => {
    it('records an inquiry with the staff identity in the event metadata and answers where to find it', async () => {
      const response = await post('/desk/inquiries', anInquiry({ referral: 'subject librarian' })).set('X-Correlation-Id', 'desk-pc-7');
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ created: true, revision: 0 });
      expect(response.headers.location).toBe(`/desk/inquiries/${response.body.id}`);
      expect(response.headers.etag).toBe('"0"');
      expect(Number(response.headers['x-event-position'])).toBe(response.body.position);
      const [event] = await collect(api.events.readStream(`desk-inquiry-${response.body.id}`));
      expect(event.type).toBe('InquiryRecorded');
      expect(event.metadata).toMatchObject({ actor: { id: 's-desk', role: 'desk' }, correlationId: 'desk-pc-7', source: 'api' });
      expect(event.data).toMatchObject({ location: 'main-desk', readLevel: 3, referral: 'subject librarian', occurredAt: '2026-03-02T10:15:00.000Z' });
    });

    it('treats a retry with the same id and details as the same inquiry, and refuses the id with other details', async () => {
      const id = randomUUID();
      expect((await post('/desk/inquiries', anInquiry({ id }))).status).toBe(201);
      const before = await api.head();
      const retry = await post('/desk/inquiries', anInquiry({ id }));
      expect(retry.status).toBe(200);
      expect(retry.body).toMatchObject({ id, created: false, revision: 0 });
      const different = await post('/desk/inquiries', anInquiry({ id, durationMinutes: 11 }));
      expect(different.status).toBe(409);
      expect(await api.head()).toBe(before);
    });

    it('lets a student assistant record, but not an auditor, and nobody without a token', async () => {
      expect((await post('/desk/inquiries', anInquiry(), TOKENS.student)).status).toBe(201);
      const before = await api.head();
      const auditor = await post('/desk/inquiries', anInquiry(), TOKENS.auditor);
      expect(auditor.status).toBe(403);
      expect(auditor.headers['content-type']).toMatch(/application\/problem\+json/);
      const anonymous = await api.http().post('/desk/inquiries').send(anInquiry());
      expect(anonymous.status).toBe(401);
      const forged = await api.http().post('/desk/inquiries').set('Authorization', 'Bearer not-a-token').send(anInquiry());
      expect(forged.status).toBe(401);
      expect(await api.head()).toBe(before);
    });

    it('accepts notes that cite books and journals by their standard numbers', async () => {
      const response = await post('/desk/inquiries', anInquiry({ note: 'looked for ISBN 978-0-306-40615-7 and ISSN 0317-8471 in room 204' }));
      expect(response.status).toBe(201);
    });

    it('refuses an inquiry dated in the future', async () => {
      const response = await post('/desk/inquiries', anInquiry({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }));
      expect(response.status).toBe(422);
      expect(response.body.type).toMatch(/occurred-in-future/);
    });

    it.each([
      ['an unknown field', { patronName: 'Jane Doe' }, 'patronName'],
      ['READ level 7', { readLevel: 7 }, 'readLevel'],
      ['a READ level sent as text', { readLevel: '3' }, 'readLevel'],
      ['minutes as words', { durationMinutes: 'ten' }, 'durationMinutes'],
      ['an unknown channel', { channel: 'carrier pigeon' }, 'channel'],
      ['a date without offset', { occurredAt: '2026-03-02T10:15:00' }, 'occurredAt'],
      ['an impossible date', { occurredAt: '2026-02-30T10:15:00Z' }, 'occurredAt'],
      ['a blank location', { location: '  ' }, 'location'],
      ['an email address in the note', { note: 'asked to reply to jane.doe@example.edu' }, 'note'],
      ['a library card number in the note', { note: 'card 2100 0012 3456 78 blocked' }, 'note'],
      ['a phone number as referral', { referral: 'call back on 555-123-4567' }, 'referral'],
    ])('refuses %s with field errors and appends nothing', async (_, change, field) => {
      const before = await api.head();
      const response = await post('/desk/inquiries', anInquiry(change));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await api.head()).toBe(before);
    });

    it('refuses malformed JSON, an oversized body and a body that is not JSON', async () => {
      const before = await api.head();
      const malformed = await api.http().post('/desk/inquiries').set(api.as(TOKENS.desk)).set('Content-Type', 'application/json').send('{"location": ');
      expect(malformed.status).toBe(400);
      expect(malformed.body.type).toMatch(/malformed-json/);
      const huge = await post('/desk/inquiries', anInquiry({ note: 'x'.repeat(4 * 1024 * 1024) }));
      expect(huge.status).toBe(413);
      expect(huge.headers['content-type']).toMatch(/application\/problem\+json/);
      const polluting = await api
        .http()
        .post('/desk/inquiries')
        .set(api.as(TOKENS.desk))
        .set('Content-Type', 'application/json')
        .send(`{"__proto__": {"admin": true}, ${JSON.stringify(anInquiry()).slice(1)}`);
      expect(polluting.status).toBe(400);
      expect(polluting.body.detail).toMatch(/__proto__/);
      const text = await api.http().post('/desk/inquiries').set(api.as(TOKENS.desk)).set('Content-Type', 'text/plain').send('hello');
      expect(text.status).toBe(415);
      expect(await api.head()).toBe(before);
    });
  });

  describe('voiding', () => {
    it('voids with a reason kept in the event and its metadata, once, honouring If-Match', async () => {
      const { body } = await post('/desk/inquiries', anInquiry());
      const stale = await post(`/desk/inquiries/${body.id}/void`, { reason: 'entered twice' }).set('If-Match', '"5"');
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ currentRevision: 0 });
      const voided = await post(`/desk/inquiries/${body.id}/void`, { reason: 'entered twice' }).set('If-Match', '"0"');
      expect(voided.status).toBe(200);
      expect(voided.headers.etag).toBe('"1"');
      const again = await post(`/desk/inquiries/${body.id}/void`, { reason: 'again' });
      expect(again.status).toBe(409);
      const view = await api.http().get(`/desk/inquiries/${body.id}`).set(api.as(TOKENS.auditor));
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ status: 'voided', voidReason: 'entered twice', revision: 1 });
      expect(view.headers.etag).toBe('"1"');
      const events = await collect(api.events.readStream(`desk-inquiry-${body.id}`));
      expect(events[1]).toMatchObject({ type: 'InquiryVoided', data: { reason: 'entered twice' }, metadata: { reason: 'entered twice' } });
    });

    it('needs a reason, and an inquiry that exists', async () => {
      const { body } = await post('/desk/inquiries', anInquiry());
      const before = await api.head();
      expect((await post(`/desk/inquiries/${body.id}/void`, {})).status).toBe(400);
      expect((await post(`/desk/inquiries/${body.id}/void`, { reason: '   ' })).status).toBe(400);
      const unknown = await post(`/desk/inquiries/${randomUUID()}/void`, { reason: 'typo' });
      expect(unknown.status).toBe(404);
      expect((await post('/desk/inquiries/not-a-uuid/void', { reason: 'typo' })).status).toBe(400);
      expect(await api.head()).toBe(before);
    });

    it('records and voids headcounts', async () => {
      const recorded = await post('/desk/headcounts', { location: 'reading-room', countedAt: '2026-03-02T10:00:00Z', count: 31 });
      expect(recorded.status).toBe(201);
      expect((await post('/desk/headcounts', { location: 'reading-room', count: -1 })).status).toBe(400);
      const voided = await post(`/desk/headcounts/${recorded.body.id}/void`, { reason: 'counted the wrong room' });
      expect(voided.status).toBe(200);
      expect((await post(`/desk/headcounts/${recorded.body.id}/void`, { reason: 'again' })).status).toBe(409);
    });
  });

  it('answers unknown routes with problem+json', async () => {
    const response = await api.http().get('/nowhere').set(api.as(TOKENS.desk));
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
