import { TestApi, TOKENS } from '@era/api-testing';
import { licenceWithVersion, startLicensingApi } from './testing/licences';

interface ReferenceView {
  referenceId: string;
  name: string;
  documentType: string;
  category: string;
  url?: string;
  location?: string;
  note?: string;
  referenced: { actorId: string };
  removed?: { actorId: string; reason: string };
}

/** Documents known by URL or location (no file here): recorded, listed in the licence view and trail, removed, refused. */
describe('document references over HTTP (real SQLite)', () => {
  let api: TestApi;
  let licenceId: string;
  let versionId: string;
  beforeAll(async () => {
    api = await startLicensingApi();
    ({ licenceId, versionId } = await licenceWithVersion(api));
  });
  afterAll(() => api.close());

  const referencesPath = (version = versionId) => `/licences/${licenceId}/versions/${version}/document-references`;
  const post = (path: string, body: unknown, token: string = TOKENS.associate) =>
    api
      .http()
      .post(path)
      .set(api.as(token))
      .send(body as object);
  const licence = async (position: number) =>
    (await api.http().get(`/licences/${licenceId}`).set(api.as(TOKENS.auditor)).set('X-Min-Position', String(position))).body as {
      versions: { versionId: string; references: ReferenceView[] }[];
    };
  const referencesIn = async (position: number) => (await licence(position)).versions.find((version) => version.versionId === versionId)?.references ?? [];

  const signedCopy = {
    referenceId: 'folio-doc-1',
    name: 'Signed licence (vendor portal)',
    documentType: 'licence',
    url: 'https://vendor.example/licences/2024.pdf',
    location: 'Licence files, cabinet 3',
    note: 'Countersigned copy',
  };

  it('records a reference (201), lists it in the licence view with url, location, note and category core, and a retry records nothing (200)', async () => {
    const recorded = await post(referencesPath(), signedCopy);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ id: licenceId, versionId, created: true });
    const [listed] = await referencesIn(recorded.body.position);
    expect(listed).toMatchObject({ ...signedCopy, category: 'core', referenced: { actorId: 's-associate' } });
    expect(listed.removed).toBeUndefined();

    const head = await api.head();
    const retried = await post(referencesPath(), signedCopy);
    expect(retried.status).toBe(200);
    expect(retried.body.created).toBe(false);
    expect(await api.head()).toBe(head);
  });

  it('reads the reference in the audit trail, with where the document is', async () => {
    const trail = await api
      .http()
      .get(`/licences/${licenceId}/audit-trail`)
      .set(api.as(TOKENS.auditor))
      .set('X-Min-Position', String(await api.head()));
    const line = (trail.body.items as { kind: string; summary: string }[]).find((item) => item.kind === 'document-referenced');
    expect(line?.summary).toBe(
      'Document referenced: "Signed licence (vendor portal)" (licence, core) at https://vendor.example/licences/2024.pdf, kept at Licence files, cabinet 3 (version "Signed agreement 2024")',
    );
  });

  it.each<[string, Record<string, unknown>, number, string | RegExp]>([
    ['neither url nor location', { referenceId: 'r-2', name: 'Order form', documentType: 'order-form' }, 400, 'invalid-document-reference'],
    ['a relative url', { ...signedCopy, referenceId: 'r-3', url: '/licence.pdf' }, 400, /url must be an absolute http or https URL/],
    ['a javascript url', { ...signedCopy, referenceId: 'r-4', url: 'javascript:alert(1)' }, 400, /absolute http or https URL/],
    ['a url over 2048 characters', { ...signedCopy, referenceId: 'r-5', url: `https://vendor.example/${'a'.repeat(2048)}` }, 400, /url/],
    ['no name', { ...signedCopy, referenceId: 'r-6', name: ' ' }, 400, /name must not be blank/],
    ['a document type not in the list', { ...signedCopy, referenceId: 'r-7', documentType: 'brochure' }, 422, 'unknown-list-value'],
    ['a category that is neither core nor supplementary', { ...signedCopy, referenceId: 'r-8', category: 'main' }, 400, /category/],
    ['another reference under a recorded id', { ...signedCopy, url: 'https://vendor.example/other.pdf' }, 409, 'document-reference-already-recorded'],
    ['a field the route does not take', { ...signedCopy, referenceId: 'r-9', sha256: 'a'.repeat(64) }, 400, /sha256/],
  ])('refuses %s with %s problem+json and appends nothing', async (_, body, status, expected) => {
    const head = await api.head();
    const response = await post(referencesPath(), body);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (typeof expected === 'string') expect(response.body.type).toMatch(new RegExp(`/${expected}$`));
    else expect(JSON.stringify(response.body)).toMatch(expected);
    expect(await api.head()).toBe(head);
  });

  it('refuses a reference from a reader (403) and on a version the licence does not have (404)', async () => {
    const head = await api.head();
    expect((await post(referencesPath(), { ...signedCopy, referenceId: 'r-10' }, TOKENS.auditor)).status).toBe(403);
    const unknown = await post(referencesPath('00000000-0000-4000-8000-000000000000'), { ...signedCopy, referenceId: 'r-11' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await api.head()).toBe(head);
  });

  it('removes a reference with a reason: still listed, marked removed; removing it again or without a reason is refused', async () => {
    const removalPath = `${referencesPath()}/folio-doc-1/removals`;
    const noReason = await post(removalPath, {});
    expect(noReason.status).toBe(400);
    expect(noReason.headers['content-type']).toMatch(/^application\/problem\+json/);

    const removed = await post(removalPath, { reason: 'Referenced on the wrong version' });
    expect(removed.status).toBe(200);
    const [listed] = await referencesIn(removed.body.position);
    expect(listed).toMatchObject({ referenceId: 'folio-doc-1', removed: { actorId: 's-associate', reason: 'Referenced on the wrong version' } });

    const head = await api.head();
    const again = await post(removalPath, { reason: 'twice' });
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/\/document-reference-already-removed$/);
    const unknown = await post(`${referencesPath()}/no-such-ref/removals`, { reason: 'never there' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.type).toMatch(/\/document-reference-not-found$/);
    expect(await api.head()).toBe(head);
  });
});
