import { TestApi, TOKENS } from '@era/api-testing';
import { startCirculationApi } from '../../testing/circulation-api';
import { externalRegistration, registerBorrower, registration } from '../../testing/borrower-fixtures';

describe('GET /circulation/borrowers and GET /circulation/patron-groups (real SQLite, HTTP)', () => {
  let api: TestApi;
  let faculty: string;
  let external: string;
  let erased: string;
  beforeAll(async () => {
    api = await startCirculationApi();
    faculty = (await registerBorrower(api, registration({ patronGroup: 'faculty' }))).id;
    external = (await registerBorrower(api, externalRegistration({ expiresOn: new Date().toISOString().slice(0, 10) }))).id;
    erased = (await registerBorrower(api, registration({ patronGroup: 'faculty' }))).id;
    await api.http().post(`/circulation/borrowers/${erased}/erasure`).set(api.as(TOKENS.admin)).send({ reason: 'asked to be forgotten' });
  });
  afterAll(() => api.close());

  const list = (query: string, token: string = TOKENS.desk) => api.http().get(`/circulation/borrowers${query}`).set(api.as(token));
  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  it('lists borrowers newest first, with no personal data', async () => {
    const all = await list('');
    expect(all.status).toBe(200);
    expect(ids(all.body)).toEqual([erased, external, faculty]);
    expect(all.body.items[1]).toEqual({
      id: external,
      patronGroup: 'external-borrower',
      status: 'active',
      expiresOn: expect.any(String),
      cardCount: 1,
      registeredAt: expect.any(String),
    });
    expect(Object.keys(all.body.items[2]).sort()).toEqual(['cardCount', 'id', 'patronGroup', 'registeredAt', 'status']);
  });

  it('filters by patron group and by status', async () => {
    expect(ids((await list('?patronGroup=faculty')).body)).toEqual([erased, faculty]);
    expect(ids((await list('?status=erased')).body)).toEqual([erased]);
    expect(ids((await list('?status=active')).body)).toEqual([external, faculty]);
    expect(ids((await list('?status=expired')).body)).toEqual([]);
    expect(ids((await list('?patronGroup=faculty&status=active')).body)).toEqual([faculty]);
  });

  it('pages with limit and cursor', async () => {
    const first = await list('?limit=2');
    expect(ids(first.body)).toEqual([erased, external]);
    const second = await list(`?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(ids(second.body)).toEqual([faculty]);
  });

  it('refuses an unknown status or group (400), and metrics accounts (403)', async () => {
    expect((await list('?status=sleeping')).status).toBe(400);
    expect((await list('?patronGroup=wizards')).status).toBe(400);
    expect((await list('', TOKENS.metrics)).status).toBe(403);
  });

  it('lists the patron groups and what each registration needs', async () => {
    const groups = await api.http().get('/circulation/patron-groups').set(api.as(TOKENS.student));
    expect(groups.status).toBe(200);
    expect(groups.body.patronGroups).toContainEqual({ key: 'external-borrower', expiryRequired: true, identityDocumentRequired: true });
    expect(groups.body.patronGroups.map((g: { key: string }) => g.key)).toEqual([
      'undergraduate',
      'graduate',
      'faculty',
      'staff',
      'external-borrower',
      'alumni',
      'community',
    ]);
    expect(groups.body.identityDocumentTypes).toContain('passport');
  });
});
