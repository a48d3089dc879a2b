/**
 * Bad requests against the real process: each one is refused with a 4xx application/problem+json answer, and
 * none of them appends anything to the event log (the head position on GET /health does not move).
 */
import { randomUUID } from 'node:crypto';
import { ApiClient, ensureBuilt, HttpResult, inquiry, killAllServices, Problem, removeDir, Service, startService, TOKENS, WHOLE_PERIOD } from './support';

jest.setTimeout(30_000);

let service: Service;
let api: ApiClient;
/** Recorded in beforeAll: a live inquiry (revision 0) and a voided one. */
const recorded = inquiry(1);
const voided = inquiry(2);
let head: number;

beforeAll(async () => {
  await ensureBuilt();
  service = await startService();
  api = ApiClient.for(service);
  expect((await api.post('/desk/inquiries', recorded)).status).toBe(201);
  expect((await api.post('/desk/inquiries', voided)).status).toBe(201);
  expect((await api.post(`/desk/inquiries/${voided.id}/void`, { reason: 'test entry' })).status).toBe(200);
  head = await api.headPosition();
  expect(head).toBe(3);
}, 120_000);

afterAll(async () => {
  await killAllServices();
  removeDir(service?.dataDir);
});

/** A valid inquiry with a fresh id: were the request accepted, it would append. */
const fresh = (overrides: Record<string, unknown> = {}) => ({ ...inquiry(7), id: randomUUID(), ...overrides });
const withoutId = () => {
  const { id: _id, ...body } = fresh();
  return body;
};
const FIVE_MEGABYTES = 5 * 1024 * 1024;

interface Case {
  name: string;
  send: () => Promise<HttpResult<Problem>>;
  status: number;
  /** The problem type ends with this slug. */
  slug?: string;
  /** A field the validation errors must name. */
  field?: string;
}

const cases: Case[] = [
  { name: 'an unknown field', send: () => api.post('/desk/inquiries', fresh({ colour: 'red' })), status: 400, slug: 'validation', field: 'colour' },
  { name: 'readLevel 7', send: () => api.post('/desk/inquiries', fresh({ readLevel: 7 })), status: 400, slug: 'validation', field: 'readLevel' },
  { name: 'readLevel 0', send: () => api.post('/desk/inquiries', fresh({ readLevel: 0 })), status: 400, field: 'readLevel' },
  { name: 'readLevel as a string ("3")', send: () => api.post('/desk/inquiries', fresh({ readLevel: '3' })), status: 400, field: 'readLevel' },
  {
    name: 'durationMinutes as a word ("ten")',
    send: () => api.post('/desk/inquiries', fresh({ durationMinutes: 'ten' })),
    status: 400,
    field: 'durationMinutes',
  },
  { name: 'durationMinutes over 600', send: () => api.post('/desk/inquiries', fresh({ durationMinutes: 601 })), status: 400, field: 'durationMinutes' },
  { name: 'a fractional duration', send: () => api.post('/desk/inquiries', fresh({ durationMinutes: 2.5 })), status: 400, field: 'durationMinutes' },
  { name: 'an unknown channel', send: () => api.post('/desk/inquiries', fresh({ channel: 'carrier-pigeon' })), status: 400, field: 'channel' },
  { name: 'a missing location', send: () => api.post('/desk/inquiries', fresh({ location: undefined })), status: 400, field: 'location' },
  { name: 'an id that is not a UUID', send: () => api.post('/desk/inquiries', fresh({ id: 'inquiry-1' })), status: 400, field: 'id' },
  {
    name: 'occurredAt without an offset',
    send: () => api.post('/desk/inquiries', fresh({ occurredAt: '2025-03-03T10:00:00' })),
    status: 400,
    field: 'occurredAt',
  },
  {
    name: 'occurredAt on 31 February',
    send: () => api.post('/desk/inquiries', fresh({ occurredAt: '2025-02-31T10:00:00Z' })),
    status: 400,
    field: 'occurredAt',
  },
  {
    name: 'occurredAt in the future',
    send: () => api.post('/desk/inquiries', fresh({ occurredAt: new Date(Date.now() + 86_400_000).toISOString() })),
    status: 422,
    slug: 'occurred-in-future',
  },
  { name: 'an empty JSON object', send: () => api.post('/desk/inquiries', {}), status: 400, slug: 'validation', field: 'location' },
  { name: 'a JSON array', send: () => api.post('/desk/inquiries', [withoutId()]), status: 400 },
  {
    name: 'a body of 5 MB (Content-Length)',
    send: () => api.post('/desk/inquiries', fresh({ note: 'x'.repeat(FIVE_MEGABYTES) })),
    status: 413,
    slug: 'payload-too-large',
  },
  {
    name: 'a body of 5 MB (chunked, no Content-Length)',
    send: () =>
      api.request('POST', '/desk/inquiries', {
        stream: JSON.stringify(fresh({ note: 'x'.repeat(FIVE_MEGABYTES) })),
        headers: { 'content-type': 'application/json' },
      }),
    status: 413,
    slug: 'payload-too-large',
  },
  {
    name: 'malformed JSON',
    send: () => api.request('POST', '/desk/inquiries', { raw: '{"location": "main-desk", "channel":', headers: { 'content-type': 'application/json' } }),
    status: 400,
    slug: 'malformed-json',
  },
  {
    name: 'a JSON scalar (strict JSON bodies only)',
    send: () => api.request('POST', '/desk/inquiries', { raw: '"main-desk"', headers: { 'content-type': 'application/json' } }),
    status: 400,
  },
  {
    name: 'a text/plain body',
    send: () => api.request('POST', '/desk/inquiries', { raw: JSON.stringify(fresh()), headers: { 'content-type': 'text/plain' } }),
    status: 415,
    slug: 'unsupported-media-type',
  },
  {
    name: 'a form-encoded body',
    send: () =>
      api.request('POST', '/desk/inquiries', { raw: 'location=main-desk&channel=phone', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    status: 415,
    slug: 'unsupported-media-type',
  },
  { name: 'no bearer token', send: () => api.post('/desk/inquiries', fresh(), { token: null }), status: 401 },
  { name: 'an unknown bearer token', send: () => api.post('/desk/inquiries', fresh(), { token: 'not-a-staff-token' }), status: 401 },
  {
    name: 'a Basic instead of a Bearer credential',
    send: () =>
      api.post('/desk/inquiries', fresh(), { token: null, headers: { authorization: `Basic ${Buffer.from('desk:dev-desk-token').toString('base64')}` } }),
    status: 401,
  },
  { name: 'the read-only auditor recording an inquiry', send: () => api.as(TOKENS.auditor).post('/desk/inquiries', fresh()), status: 403 },
  {
    name: 'the auditor voiding an inquiry',
    send: () => api.as(TOKENS.auditor).post(`/desk/inquiries/${recorded.id}/void`, { reason: 'audit' }),
    status: 403,
  },
  { name: 'the auditor recording a headcount', send: () => api.as(TOKENS.auditor).post('/desk/headcounts', { location: 'main-desk', count: 3 }), status: 403 },
  { name: 'a void without a reason', send: () => api.post(`/desk/inquiries/${recorded.id}/void`, {}), status: 400, field: 'reason' },
  { name: 'a void without a body', send: () => api.post(`/desk/inquiries/${recorded.id}/void`), status: 400, field: 'reason' },
  { name: 'a void with a blank reason', send: () => api.post(`/desk/inquiries/${recorded.id}/void`, { reason: '   ' }), status: 400, field: 'reason' },
  {
    name: 'a void with a reason over 500 characters',
    send: () => api.post(`/desk/inquiries/${recorded.id}/void`, { reason: 'r'.repeat(501) }),
    status: 400,
    field: 'reason',
  },
  {
    name: 'a void of an unknown inquiry',
    send: () => api.post(`/desk/inquiries/${randomUUID()}/void`, { reason: 'mistake' }),
    status: 404,
    slug: 'inquiry-not-found',
  },
  {
    name: 'a void of an unknown headcount',
    send: () => api.post(`/desk/headcounts/${randomUUID()}/void`, { reason: 'mistake' }),
    status: 404,
    slug: 'headcount-not-found',
  },
  { name: 'a void of an id that is not a UUID', send: () => api.post('/desk/inquiries/42/void', { reason: 'mistake' }), status: 400 },
  {
    name: 'voiding an already voided inquiry',
    send: () => api.post(`/desk/inquiries/${voided.id}/void`, { reason: 'again' }),
    status: 409,
    slug: 'inquiry-already-voided',
  },
  {
    name: 'a void with a stale If-Match',
    send: () => api.post(`/desk/inquiries/${recorded.id}/void`, { reason: 'mistake' }, { headers: { 'if-match': '"7"' } }),
    status: 409,
    slug: 'concurrency-conflict',
  },
  {
    name: 'a void with an If-Match that is no ETag',
    send: () => api.post(`/desk/inquiries/${recorded.id}/void`, { reason: 'mistake' }, { headers: { 'if-match': 'yesterday' } }),
    status: 412,
  },
  {
    name: 'the id of a recorded inquiry with different details',
    send: () => api.post('/desk/inquiries', { ...recorded, durationMinutes: recorded.durationMinutes + 1 }),
    status: 409,
    slug: 'inquiry-already-recorded',
  },
  { name: 'a headcount with a negative count', send: () => api.post('/desk/headcounts', { location: 'main-desk', count: -1 }), status: 400, field: 'count' },
  {
    name: 'a headcount with a count as a string',
    send: () => api.post('/desk/headcounts', { location: 'main-desk', count: '12' }),
    status: 400,
    field: 'count',
  },
  { name: 'statistics grouped by colour', send: () => api.statistics({ ...WHOLE_PERIOD, groupBy: 'colour' }), status: 400, field: 'groupBy' },
  {
    name: 'statistics grouped by a repeated dimension',
    send: () => api.statistics({ ...WHOLE_PERIOD, groupBy: 'location,location' }),
    status: 400,
    field: 'groupBy',
  },
  { name: 'statistics from after to', send: () => api.statistics({ from: '2025-03-07', to: '2025-03-03' }), status: 400, slug: 'invalid-period' },
  { name: 'statistics for 30 February', send: () => api.statistics({ from: '2025-02-30', to: '2025-03-03' }), status: 400 },
  {
    name: 'statistics in an unknown time zone',
    send: () => api.statistics({ ...WHOLE_PERIOD, timeZone: 'Mars/Olympus_Mons' }),
    status: 400,
    field: 'timeZone',
  },
  { name: 'statistics without a token', send: () => api.statistics(WHOLE_PERIOD, { token: null }), status: 401 },
  { name: 'an inquiry that does not exist', send: () => api.get(`/desk/inquiries/${randomUUID()}`), status: 404, slug: 'inquiry-not-found' },
  { name: 'a route that does not exist', send: () => api.post('/desk/inquiries/bulk-delete', {}), status: 404 },
  { name: 'a 20 kB query string', send: () => api.get(`/desk/statistics?note=${'x'.repeat(20_000)}`), status: 431, slug: 'request-header-too-large' },
  { name: 'a 40 kB header', send: () => api.get('/desk/statistics', { headers: { 'x-padding': 'x'.repeat(40_000) } }), status: 431 },
  {
    name: 'a licence whose name carries a password',
    send: () => api.post('/licences', { name: 'admin password: hunter2', licensor: 'Vendor', type: 'local' }, { token: TOKENS.associate }),
    status: 400,
    slug: 'credential-in-text',
  },
];

describe('refused requests', () => {
  it.each(cases.map((c) => [c.name, c] as const))('refuses %s with problem+json and appends nothing', async (_name, c) => {
    const response = await c.send();
    expect({ status: response.status, contentType: response.contentType }).toEqual({
      status: c.status,
      contentType: expect.stringMatching(/^application\/problem\+json\b/),
    });
    expect(response.body).toMatchObject({ status: c.status, title: expect.any(String), type: expect.stringMatching(/^https?:\/\//) });
    if (c.slug) expect(response.body.type).toMatch(new RegExp(`/${c.slug}$`));
    if (c.field) expect(response.body.errors?.map((error) => error.field)).toContain(c.field);
    // Nothing internal leaks into the answer.
    expect(response.text).not.toMatch(/at \S+ \(|node_modules|\.ts:\d+|SQLITE/);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('x-event-position')).toBeNull();
    expect(await api.headPosition()).toBe(head);
  });

  it('still accepts a valid inquiry afterwards: the head moves by exactly one', async () => {
    const response = await api.post('/desk/inquiries', fresh());
    expect(response.status).toBe(201);
    expect(await api.headPosition()).toBe(head + 1);
    const health = await api.health();
    expect(health.body.status).toBe('ok');
  });
});
