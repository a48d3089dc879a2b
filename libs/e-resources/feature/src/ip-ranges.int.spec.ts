import { TestApi, TOKENS } from '@era/api-testing';
import { startAccessApi } from './testing/access-api';

describe('the library IP ranges over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startAccessApi();
  });
  afterAll(() => api.close());

  const add = (range: string, label: string, token: string = TOKENS.associate) => api.http().post('/ip-ranges').set(api.as(token)).send({ range, label });
  const list = async () => (await api.http().get('/ip-ranges').set(api.as(TOKENS.desk))).body;
  const send = (body: Record<string, unknown>) => api.http().post('/ip-ranges/sendings').set(api.as(TOKENS.librarian)).send(body);
  const unsent = async () => (await api.http().get('/ip-ranges/unsent-vendors').set(api.as(TOKENS.auditor))).body;

  it('adds ranges in canonical form, each a new version of the list, and lists them in address order', async () => {
    const v6 = await add('2001:0DB8:0000::/48', 'Campus IPv6');
    expect(v6.status).toBe(201);
    expect((await add(' 192.0.2.10 – 192.0.2.20 ', 'Library')).status).toBe(201);

    const answer = await list();
    expect(answer.version).toBe(2);
    expect(answer.ranges.map((r: { range: string; label: string }) => [r.range, r.label])).toEqual([
      ['192.0.2.10-192.0.2.20', 'Library'],
      ['2001:db8::/48', 'Campus IPv6'],
    ]);
    expect(answer.ranges[1]).toMatchObject({ id: v6.body.id, family: 'ipv6', firstAddress: '2001:db8::', addedBy: 's-associate', addedInVersion: 1 });
  });

  it('refuses an overlapping range (409) and a malformed one (422) as problem+json, appending nothing', async () => {
    const head = await api.head();
    const overlap = await add('192.0.2.0/24', 'Whole block');
    expect(overlap.status).toBe(409);
    expect(overlap.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(overlap.body).toMatchObject({
      type: expect.stringContaining('ip-range-overlaps'),
      detail: expect.stringContaining('192.0.2.10-192.0.2.20 (Library)'),
    });
    const malformed = await add('192.0.2.1/24', 'Host bits');
    expect(malformed.status).toBe(422);
    expect(malformed.body.detail).toMatch(/the network is 192\.0\.2\.0\/24/);
    expect((await add('x'.repeat(5000), 'Too long')).status).toBe(400);
    expect(await api.head()).toBe(head);
  });

  it('lets desk staff read the list but only editors change it', async () => {
    expect((await add('198.51.100.0/24', 'Desk try', TOKENS.desk)).status).toBe(403);
    expect((await add('198.51.100.0/24', 'Auditor try', TOKENS.auditor)).status).toBe(403);
    expect((await api.http().get('/ip-ranges/sendings').set(api.as(TOKENS.desk))).status).toBe(403);
  });

  it('records sendings of versions that exist, refuses one that does not, and reports the vendors not sent the current version', async () => {
    await api
      .http()
      .post('/vendor-accounts')
      .set(api.as(TOKENS.associate))
      .send({ organisationId: 'org-never', adminUrl: 'https://admin.example.org/', userName: 'library' })
      .expect(201);
    expect((await send({ organisationId: 'org-ebsco', version: 2, sentOn: '2026-01-10', method: 'email', note: 'to support' })).status).toBe(201);
    const missing = await send({ organisationId: 'org-ebsco', version: 7, sentOn: '2026-01-10', method: 'portal' });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toMatch(/version 7 of the IP range list does not exist \(versions 1 to 2 exist\)/);

    expect(await unsent()).toMatchObject({ currentVersion: 2, vendors: [{ id: 'org-never', neverSent: true, accounts: 1 }] });

    const [library] = (await list()).ranges;
    const removed = await api.http().post(`/ip-ranges/${library.id}/removal`).set(api.as(TOKENS.associate)).send({ reason: 'returned to the ISP' });
    expect(removed.status).toBe(200);
    expect((await list()).version).toBe(3);
    expect((await list()).ranges.map((r: { range: string }) => r.range)).toEqual(['2001:db8::/48']);

    const report = await unsent();
    expect(report.currentVersion).toBe(3);
    expect(report.vendors).toEqual([
      { id: 'org-ebsco', accounts: 0, lastSentVersion: 2, lastSentOn: '2026-01-10', neverSent: false },
      { id: 'org-never', accounts: 1, neverSent: true },
    ]);
    expect((await send({ organisationId: 'org-ebsco', version: 3, sentOn: '2026-01-11', method: 'portal' })).status).toBe(201);
    expect((await unsent()).vendors.map((v: { id: string }) => v.id)).toEqual(['org-never']);

    const sendings = await api.http().get('/ip-ranges/sendings?organisationId=org-ebsco').set(api.as(TOKENS.auditor));
    expect(sendings.body.sendings.map((s: { version: number; recordedBy: string }) => [s.version, s.recordedBy])).toEqual([
      [3, 's-librarian'],
      [2, 's-librarian'],
    ]);
  });
});
