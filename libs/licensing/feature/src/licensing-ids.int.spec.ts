import { createHash, randomUUID } from 'node:crypto';
import { licenceStream } from '@era/licensing-domain';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { aLicence, aVersion, startLicensingApi } from './testing/licences';

/**
 * Issue #8's two defects, for licensing: a retried create answers as the original did (and records nothing), and an
 * upper-case UUID reaches the same licence and version as its lower-case form, with answers in the lower-case form.
 */
describe('licensing ids and retries over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startLicensingApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.associate) => api.http().post(path).set(api.as(token)).send(body);
  const eventsOf = (streamId: string) => collect(api.events.readStream(streamId));

  /** The request is answered as a repeat: 200 with the first answer's id, revision and position, and nothing appended. */
  async function expectRepeat(
    request: () => PromiseLike<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>,
    first: Record<string, unknown>,
  ) {
    const before = await api.head();
    const response = await request();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...first, created: false });
    expect(response.headers.etag).toBe(`"${String(first.revision)}"`);
    expect(response.headers.location).toBeUndefined();
    expect(await api.head()).toBe(before);
  }

  /** Refused with problem+json of this status and type, and nothing appended. */
  async function expectRefused(
    request: () => PromiseLike<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>,
    status: number,
    slug: string,
  ) {
    const before = await api.head();
    const response = await request();
    expect({ status: response.status, type: response.body.type }).toEqual({ status, type: expect.stringMatching(new RegExp(`/${slug}$`)) });
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
  }

  describe('a retried create with a client-chosen id', () => {
    it('POST /licences with every optional field, sent again: 200 with the same id, revision and position, nothing appended', async () => {
      const id = randomUUID();
      const body = aLicence({ id, type: 'consortial', consortium: 'NERL', resourceIds: ['jstor-as1', 'jstor-as2'] });
      const first = await post('/licences', body);
      expect(first.status).toBe(201);
      await expectRepeat(() => post('/licences', body), first.body);
      expect(await eventsOf(licenceStream(id))).toHaveLength(1);
    });

    it('POST /licences with only what is required, sent again: 200 with the same id, revision and position, nothing appended', async () => {
      const id = randomUUID();
      const body = { id, name: 'Wiley Online Library', licensor: 'Wiley', type: 'local' };
      const first = await post('/licences', body);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ id, revision: 0, created: true });
      await expectRepeat(() => post('/licences', body), first.body);
      expect(await eventsOf(licenceStream(id))).toHaveLength(1);
    });

    it('POST /licences sent again with the id upper-cased and the text untrimmed is the same request', async () => {
      const id = randomUUID();
      const first = await post('/licences', aLicence({ id }));
      await expectRepeat(() => post('/licences', aLicence({ id: id.toUpperCase(), name: '  JSTOR Arts & Sciences I ', licensor: 'ITHAKA ' })), first.body);
    });

    it.each([
      ['another name', { name: 'JSTOR Arts & Sciences II' }],
      ['another type', { type: 'consortial', consortium: 'NERL' }],
      ['other resources', { resourceIds: ['jstor-as2'] }],
      ['no resources', { resourceIds: undefined }],
    ])('POST /licences under a drafted id with %s: 409 licence-already-drafted, nothing appended', async (_, change) => {
      const id = randomUUID();
      expect((await post('/licences', aLicence({ id }))).status).toBe(201);
      await expectRefused(() => post('/licences', aLicence({ id, ...change })), 409, 'licence-already-drafted');
    });

    it('POST /licences/{id}/versions with a client-chosen versionId, sent again: 200 with the same answer; another version under it: 409', async () => {
      const licenceId = (await post('/licences', aLicence())).body.id;
      const versionId = randomUUID();
      const first = await post(`/licences/${licenceId}/versions`, aVersion({ versionId, directedBy: 's-librarian' }));
      expect(first.status).toBe(201);
      await expectRepeat(() => post(`/licences/${licenceId}/versions`, aVersion({ versionId, directedBy: 's-librarian' })), first.body);
      await expectRepeat(
        () =>
          post(
            `/licences/${licenceId.toUpperCase()}/versions`,
            aVersion({ versionId: versionId.toUpperCase(), directedBy: 's-librarian', label: ' Signed agreement 2024 ' }),
          ),
        first.body,
      );
      await expectRefused(
        () => post(`/licences/${licenceId}/versions`, aVersion({ versionId, directedBy: 's-librarian', effectiveTo: '2026-12-31' })),
        409,
        'version-already-recorded',
      );
      await expectRefused(() => post(`/licences/${licenceId}/versions`, aVersion({ versionId })), 409, 'version-already-recorded');
      expect(await eventsOf(licenceStream(licenceId))).toHaveLength(2);
    });

    it('POST /licence-terms, sent again: 200 with the same answer; another definition under the key: 409', async () => {
      const term = { key: 'walk-in-remote-desktop', label: 'Walk-in remote desktop', valueType: 'permission', category: 'Access' };
      const first = await post('/licence-terms', term, TOKENS.librarian);
      expect(first.status).toBe(201);
      await expectRepeat(() => post('/licence-terms', { ...term, label: ' Walk-in remote desktop ' }, TOKENS.librarian), first.body);
      await expectRefused(() => post('/licence-terms', { ...term, valueType: 'yes-no-other' }, TOKENS.librarian), 409, 'term-already-defined');
    });
  });

  describe('an upper-case UUID on every licence write route', () => {
    const licenceId = randomUUID();
    const versionId = randomUUID();
    const amendmentId = randomUUID();
    const [ID, VERSION, AMENDMENT] = [licenceId, versionId, amendmentId].map((id) => id.toUpperCase());
    const content = Buffer.from('%PDF-1.7\nsigned\n%%EOF\n');
    const sha256 = createHash('sha256').update(content).digest('hex');
    let revision = -1;

    /** Answered with the lower-case ids, one revision further on the one licence stream. */
    function expectWritten(response: { status: number; body: Record<string, unknown> }, status: number, versionOf?: string) {
      expect({ status: response.status, id: response.body.id }).toEqual({ status, id: licenceId });
      if (versionOf) expect(response.body.versionId).toBe(versionOf);
      revision += 1;
      expect(response.body.revision).toBe(revision);
    }

    it('POST /licences with the id upper-cased drafts the licence under its lower-case form', async () => {
      const response = await post('/licences', aLicence({ id: ID }));
      expectWritten(response, 201);
      expect(response.body.location).toBe(`/licences/${licenceId}`);
      expect(response.headers.location).toBe(`/licences/${licenceId}`);
    });

    it.each([
      ['detail-corrections', { licensor: 'ITHAKA Harbors', reason: 'full legal name' }],
      ['status-transitions', { to: 'active', reason: 'signed' }],
      ['status-corrections', { to: 'not-yet-active', reason: 'not signed yet' }],
      ['resources', { resourceIds: ['jstor-as2'] }],
      ['resource-unlinkings', { resourceIds: ['jstor-as2'], reason: 'wrong package' }],
    ])('POST /licences/{ID}/%s works on the same licence', async (route, body) => {
      expectWritten(await post(`/licences/${ID}/${route}`, body), 200);
    });

    it('POST /licences/{ID}/versions records the version under the lower-case ids', async () => {
      const response = await post(`/licences/${ID}/versions`, aVersion({ versionId: VERSION }));
      expectWritten(response, 201, versionId);
      expectWritten(
        await post(`/licences/${ID}/versions`, aVersion({ versionId: AMENDMENT, kind: 'amendment', label: 'Amendment 1', effectiveFrom: '2025-01-01' })),
        201,
        amendmentId,
      );
    });

    it.each([
      ['corrections', { reason: 'typed from the wrong page', label: 'Signed agreement 2024 (corrected)' }, TOKENS.associate],
      ['confirmations', { note: 'checked against the PDF' }, TOKENS.librarian],
    ])('POST /licences/{ID}/versions/{VERSION}/%s works on the same version', async (route, body, token) => {
      expectWritten(await post(`/licences/${ID}/versions/${VERSION}/${route}`, body, token), 200, versionId);
    });

    it('POST /licences/{ID}/versions/{AMENDMENT}/withdrawals works on the same version', async () => {
      expectWritten(await post(`/licences/${ID}/versions/${AMENDMENT}/withdrawals`, { reason: 'recorded on the wrong licence' }), 200, amendmentId);
    });

    it('POST /licences/{ID}/versions/{VERSION}/documents attaches to the same version and says where to download it', async () => {
      const response = await api
        .http()
        .post(`/licences/${ID}/versions/${VERSION}/documents?documentType=licence&fileName=signed.pdf`)
        .set(api.as(TOKENS.associate))
        .set('Content-Type', 'application/pdf')
        .send(content);
      expectWritten(response, 201, versionId);
      expect(response.body).toMatchObject({ sha256, location: `/licences/${licenceId}/documents/${sha256}` });
      const download = await api.http().get(`/licences/${ID}/documents/${sha256}`).set(api.as(TOKENS.auditor));
      expect(download.status).toBe(200);
    });

    it('POST /licences/{ID}/versions/{VERSION}/signatures and .../documents/{sha256}/detachments work on the same version', async () => {
      const signature = { signedBy: 'J. Vendor', party: 'licensor', signedOn: '2024-01-15', documentSha256: sha256 };
      expectWritten(await post(`/licences/${ID}/versions/${VERSION}/signatures`, signature), 201, versionId);
      expectWritten(await post(`/licences/${ID}/versions/${VERSION}/documents/${sha256}/detachments`, { reason: 'the unsigned draft' }), 200, versionId);
    });

    it('GET /licences/{ID}/terms reads the same licence and answers its lower-case id', async () => {
      const response = await api.http().get(`/licences/${ID}/terms?effectiveOn=2024-06-01`).set(api.as(TOKENS.librarian));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ licenceId: licenceId, revision, inForce: true });
      expect(response.body.terms.map((term: { key: string }) => term.key)).toContain('ill-electronic');
    });

    it('recorded every write on the one lower-case stream, with lower-case ids in every event', async () => {
      const events = await eventsOf(licenceStream(licenceId));
      expect(events).toHaveLength(revision + 1);
      for (const { data } of events) {
        expect(data).toMatchObject({ licenceId });
        if ('versionId' in data) expect([versionId, amendmentId]).toContain(data.versionId);
      }
      expect(await eventsOf(`licence-${ID}`)).toEqual([]);
    });
  });
});
