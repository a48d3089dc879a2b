import { TestApi, TOKENS } from '@era/api-testing';
import { registered, resourcePath, startEResourcesApi } from './testing/e-resources-api';

describe('the resource audit trail over HTTP (real SQLite)', () => {
  let api: TestApi;
  const id = 'proquest/dissertations';
  beforeAll(async () => {
    api = await startEResourcesApi();
    await registered(api, { id, name: 'ProQuest Dissertations', subjects: [], internalNotes: undefined });
    const as = (token: string) => api.as(token);
    await api
      .http()
      .post(resourcePath(id, '/access-link'))
      .set(as(TOKENS.associate))
      .send({ accessUrl: 'https://www.proquest.com/pqdt', proxied: true, reason: 'Link from the vendor' });
    await api
      .http()
      .post(resourcePath(id, '/activations'))
      .set(as(TOKENS.librarian))
      .send({ activationId: 'sub', effectiveFrom: '2026-01-01', accessKind: 'subscription', audience: 'on-campus', reason: 'Subscribed for 2026' });
    await api
      .http()
      .post(resourcePath(id, '/activations/sub/deactivation'))
      .set(as(TOKENS.associate))
      .send({ effectiveOn: '2026-09-01', reason: 'cancelled', note: 'Budget cut' });
    await api
      .http()
      .post(resourcePath(id, '/activations/sub/deactivation/correction'))
      .set(as(TOKENS.associate))
      .send({ effectiveOn: '2026-10-01', reason: 'Notice period' });
    await api.http().post(resourcePath(id, '/hide')).set(as(TOKENS.associate)).send({ reason: 'No longer subscribed' });
    await registered(api, { id: 'other-1', name: 'Other' });
  });
  afterAll(() => api.close());

  const trail = (query: string, token: string = TOKENS.auditor) => api.http().get(`/e-resource-audit-trail${query}`).set(api.as(token));

  it('shows, line by line, who changed which field when and why, before → after, with the event position', async () => {
    const response = await trail(`?resourceId=${encodeURIComponent(id)}`);
    expect(response.status).toBe(200);
    const lines = response.body.items.map((line: Record<string, unknown>) => [
      line.field,
      line.before,
      line.after,
      line.actorId,
      line.actorRole,
      line.reason ?? null,
    ]);
    expect(lines).toEqual([
      ['name', null, 'ProQuest Dissertations', 's-associate', 'associate', null],
      ['resourceType', null, 'database', 's-associate', 'associate', null],
      ['proxied', null, false, 's-associate', 'associate', null],
      ['hidden', null, false, 's-associate', 'associate', null],
      ['accessUrl', null, 'https://www.proquest.com/pqdt', 's-associate', 'associate', 'Link from the vendor'],
      ['proxied', false, true, 's-associate', 'associate', 'Link from the vendor'],
      [
        'activation',
        null,
        { effectiveFrom: '2026-01-01', accessKind: 'subscription', audience: { kind: 'on-campus' } },
        's-librarian',
        'librarian',
        'Subscribed for 2026',
      ],
      ['deactivation', null, { effectiveOn: '2026-09-01', reason: 'cancelled', note: 'Budget cut' }, 's-associate', 'associate', 'cancelled'],
      ['deactivation.effectiveOn', '2026-09-01', '2026-10-01', 's-associate', 'associate', 'Notice period'],
      ['hidden', false, true, 's-associate', 'associate', 'No longer subscribed'],
    ]);
    const [first] = response.body.items;
    expect(first).toMatchObject({
      resourceId: id,
      resourceName: 'ProQuest Dissertations',
      eventType: 'EResourceRegistered',
      position: expect.any(Number),
      recordedAt: expect.any(String),
    });
    expect(response.body.items[6]).toMatchObject({ activationId: 'sub', eventType: 'ResourceActivated' });
    expect(first).not.toHaveProperty('_position');
  });

  it('filters by field, actor and time recorded, and pages with a cursor', async () => {
    expect((await trail('?field=hidden')).body.items.map((line: { resourceId: string; after: unknown }) => [line.resourceId, line.after])).toEqual([
      [id, false],
      [id, true],
      ['other-1', false],
    ]);
    expect((await trail('?actorId=s-librarian')).body.items.map((line: { field: string }) => line.field)).toEqual(['activation']);
    expect((await trail('?to=2000-01-01')).body.items).toEqual([]);
    const first = await trail(`?resourceId=${encodeURIComponent(id)}&limit=4`);
    expect(first.body.items).toHaveLength(4);
    const next = await trail(`?resourceId=${encodeURIComponent(id)}&limit=4&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(next.body.items[0]).toMatchObject({ field: 'accessUrl' });
  });

  it('is for auditors, associates, the librarian and admins; not for desk staff', async () => {
    expect((await trail('', TOKENS.associate)).status).toBe(200);
    expect((await trail('', TOKENS.desk)).status).toBe(403);
    expect((await trail('', TOKENS.student)).status).toBe(403);
  });

  it('refuses bad filters with 400 problem+json', async () => {
    const response = await trail('?from=yesterday');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await trail('?from=2026-02-01&to=2026-01-01')).status).toBe(400);
    expect((await trail('?limit=0')).status).toBe(400);
  });
});
