import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { licenceStream } from '@era/licensing-domain';
import { binaryBody, collect, filesUnder, TestApi, TOKENS } from '@era/api-testing';
import { aVersion, licenceWithVersion, startLicensingApi } from './testing/licences';

/** Mistakes put right over HTTP: withdrawn versions, corrected kinds and statuses, detached documents. Nothing is edited. */
describe('licence corrections over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startLicensingApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.associate) => api.http().post(path).set(api.as(token)).send(body);
  const get = (path: string, token: string = TOKENS.auditor) => api.http().get(path).set(api.as(token));
  const eventsOf = (licenceId: string) => collect(api.events.readStream(licenceStream(licenceId)));
  const storedFiles = () => filesUnder(join(api.dataDir, 'documents'));

  /** Refused with problem+json of this status (and type): nothing appended, no file stored. */
  async function expectRefused(
    request: () => PromiseLike<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>,
    status: number,
    slug?: string,
  ) {
    const [head, files] = [await api.head(), storedFiles()];
    const response = await request();
    expect({ status: response.status, body: response.body }).toMatchObject({
      status,
      ...(slug ? { body: { type: expect.stringMatching(new RegExp(`/${slug}$`)) } } : {}),
    });
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(head);
    expect(storedFiles()).toEqual(files);
    return response;
  }

  async function withAmendment(): Promise<{ licenceId: string; originalId: string; amendmentId: string }> {
    const { licenceId, versionId: originalId } = await licenceWithVersion(api);
    const amendmentId = randomUUID();
    const recorded = await post(
      `/licences/${licenceId}/versions`,
      aVersion({
        versionId: amendmentId,
        kind: 'amendment',
        label: 'Amendment 1',
        effectiveFrom: '2025-01-01',
        terms: { 'ill-electronic': { value: 'permitted-explicit' } },
      }),
    );
    expect(recorded.status).toBe(201);
    return { licenceId, originalId, amendmentId };
  }

  const upload = (licenceId: string, versionId: string, bytes: Buffer) =>
    api
      .http()
      .post(`/licences/${licenceId}/versions/${versionId}/documents?documentType=order-form&fileName=order.pdf`)
      .set(api.as(TOKENS.associate))
      .set('Content-Type', 'application/pdf')
      .send(bytes);

  describe('POST /licences/{id}/versions/{versionId}/withdrawals', () => {
    let licenceId: string;
    let originalId: string;
    let amendmentId: string;
    beforeAll(async () => {
      ({ licenceId, originalId, amendmentId } = await withAmendment());
    });
    const withdrawals = (versionId: string) => `/licences/${licenceId}/versions/${versionId}/withdrawals`;
    const illOn = async (date: string) => {
      const terms = await get(`/licences/${licenceId}/terms?effectiveOn=${date}`);
      return terms.body.terms.find((term: { key: string }) => term.key === 'ill-electronic');
    };

    it('refuses a withdrawal without a reason, and the original while the amendment is in effect', async () => {
      const missing = await expectRefused(() => post(withdrawals(amendmentId), {}), 400, 'validation');
      expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      await expectRefused(() => post(withdrawals(amendmentId), { reason: '  ' }), 400, 'validation');
      const dependants = await expectRefused(() => post(withdrawals(originalId), { reason: 'wrong licence' }), 409, 'original-has-dependants');
      expect(dependants.body.detail).toContain(amendmentId);
      await expectRefused(() => post(withdrawals(randomUUID()), { reason: 'wrong licence' }), 404, 'version-not-found');
      await expectRefused(() => post(`/licences/${randomUUID()}/versions/${amendmentId}/withdrawals`, { reason: 'wrong licence' }), 404, 'licence-not-found');
    });

    it('withdraws the amendment: kept in the detail with who, when and why, but out of the terms on every date', async () => {
      expect(await illOn('2025-06-01')).toMatchObject({ value: 'permitted-explicit', versionId: amendmentId });
      const reason = 'Recorded on the wrong licence: this amendment belongs to JSTOR II';
      const response = await post(withdrawals(amendmentId), { reason }).set('If-Match', '"2"');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: licenceId, versionId: amendmentId, revision: 3, created: false });
      expect(response.headers.etag).toBe('"3"');
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({
        type: 'LicenceVersionWithdrawn',
        data: { licenceId, versionId: amendmentId, reason },
        metadata: { reason, actor: { id: 's-associate', role: 'associate' } },
      });

      expect(await illOn('2025-06-01')).toMatchObject({ value: 'prohibited-explicit', versionId: originalId });
      const detail = await get(`/licences/${licenceId}`).set('X-Min-Position', String(response.body.position));
      const amendment = detail.body.versions.find((version: { versionId: string }) => version.versionId === amendmentId);
      expect(amendment).toMatchObject({
        label: 'Amendment 1',
        withdrawn: { actorId: 's-associate', actorRole: 'associate', reason, recordedAt: expect.any(String) },
      });
      expect(detail.body.termsInForceToday.terms.find((term: { key: string }) => term.key === 'ill-electronic')).toMatchObject({ versionId: originalId });

      const list = await get('/licences?limit=100').set('X-Min-Position', String(response.body.position));
      expect(list.body.items.find((item: { id: string }) => item.id === licenceId)).toMatchObject({ versionCount: 2, unconfirmedVersionCount: 1 });

      const trail = await get(`/licences/${licenceId}/audit-trail`).set('X-Min-Position', String(response.body.position));
      const withdrawn = trail.body.items.filter((line: { kind: string }) => line.kind === 'version-withdrawn');
      expect(withdrawn.map((line: { summary: string; reason: string }) => [line.summary, line.reason])).toEqual([
        ['Version withdrawn: amendment "Amendment 1", effective 2025-01-01 to open end', reason],
        ['ILL electronic: Permitted (explicit) → Prohibited (explicit) (version "Amendment 1" withdrawn, effective 2025-01-01)', reason],
      ]);
    });

    it('refuses anything further on the withdrawn version with 409 version-withdrawn, before an upload is stored', async () => {
      await expectRefused(() => post(withdrawals(amendmentId), { reason: 'again' }), 409, 'version-already-withdrawn');
      await expectRefused(
        () => post(`/licences/${licenceId}/versions/${amendmentId}/corrections`, { label: 'Amendment one', reason: 'typo' }),
        409,
        'version-withdrawn',
      );
      await expectRefused(() => post(`/licences/${licenceId}/versions/${amendmentId}/confirmations`, {}, TOKENS.librarian), 409, 'version-withdrawn');
      await expectRefused(
        () => post(`/licences/${licenceId}/versions/${amendmentId}/signatures`, { signedBy: 'Jane Smith', party: 'licensor', signedOn: '2024-12-20' }),
        409,
        'version-withdrawn',
      );
      await expectRefused(() => upload(licenceId, amendmentId, Buffer.from('%PDF-1.7 amendment')), 409, 'version-withdrawn');
    });

    it('withdraws the original once nothing else is in effect, and then takes a new original', async () => {
      const reason = 'The whole licence was entered under the wrong vendor record';
      expect((await post(withdrawals(originalId), { reason })).status).toBe(200);
      const terms = await get(`/licences/${licenceId}/terms?effectiveOn=2025-06-01`);
      expect(terms.body).toMatchObject({ inForce: false, terms: [] });
      expect((await post(`/licences/${licenceId}/versions`, aVersion({ label: 'The right agreement' }))).status).toBe(201);
    });

    it('refuses the desk, student and auditor roles with 403 and appends nothing', async () => {
      const fresh = await withAmendment();
      for (const token of [TOKENS.desk, TOKENS.student, TOKENS.auditor]) {
        await expectRefused(() => post(`/licences/${fresh.licenceId}/versions/${fresh.amendmentId}/withdrawals`, { reason: 'wrong licence' }, token), 403);
      }
    });
  });

  describe('correcting the kind of a version (POST …/corrections with kind)', () => {
    it('corrects an amendment to a renewal, keeps one original, and refuses an unknown kind', async () => {
      const { licenceId, amendmentId } = await withAmendment();
      const corrections = `/licences/${licenceId}/versions/${amendmentId}/corrections`;
      await expectRefused(() => post(corrections, { kind: 'original', reason: 'typo' }), 422, 'original-already-recorded');
      await expectRefused(() => post(corrections, { kind: 'addendum', reason: 'typo' }), 400, 'validation');
      await expectRefused(() => post(corrections, { kind: 'renewal' }), 400, 'validation');
      await expectRefused(() => post(corrections, { kind: 'amendment', reason: 'checking' }), 422, 'correction-changes-nothing');
      const response = await post(corrections, { kind: 'renewal', reason: 'It renews the 2024 agreement; entered as an amendment' });
      expect(response.status).toBe(200);
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({
        type: 'LicenceVersionCorrected',
        data: { versionId: amendmentId, kind: 'renewal', reason: 'It renews the 2024 agreement; entered as an amendment' },
      });
      const detail = await get(`/licences/${licenceId}`).set('X-Min-Position', String(response.body.position));
      expect(detail.body.versions.map((version: { kind: string }) => version.kind)).toEqual(['original', 'renewal']);
    });
  });

  describe('POST /licences/{id}/status-corrections', () => {
    let licenceId: string;
    beforeAll(async () => {
      ({ licenceId } = await licenceWithVersion(api));
      expect((await post(`/licences/${licenceId}/status-transitions`, { to: 'active' })).status).toBe(200);
      expect((await post(`/licences/${licenceId}/status-transitions`, { to: 'terminated', reason: 'notice given' })).status).toBe(200);
    });
    const corrections = () => `/licences/${licenceId}/status-corrections`;

    it('corrects a status recorded by mistake to one no transition allows, with the reason in the event and its metadata', async () => {
      await expectRefused(() => post(`/licences/${licenceId}/status-transitions`, { to: 'active' }), 409, 'illegal-status-transition');
      const reason = 'Terminated the neighbouring licence by mistake';
      const response = await post(corrections(), { to: 'active', reason });
      expect(response.status).toBe(200);
      expect(response.headers.etag).toBe(`"${response.body.revision}"`);
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({
        type: 'LicenceStatusCorrected',
        data: { licenceId, from: 'terminated', to: 'active', reason },
        metadata: { reason, actor: { id: 's-associate' } },
      });
      const detail = await get(`/licences/${licenceId}`).set('X-Min-Position', String(response.body.position));
      expect(detail.body.status).toBe('active');
      const trail = await get(`/licences/${licenceId}/audit-trail`).set('X-Min-Position', String(response.body.position));
      expect(trail.body.items.at(-1)).toMatchObject({
        kind: 'status-corrected',
        before: 'terminated',
        after: 'active',
        reason,
        summary: 'Status corrected: terminated → active',
      });
    });

    it('refuses the same status, a missing reason, an unknown status or licence', async () => {
      await expectRefused(() => post(corrections(), { to: 'active', reason: 'checking' }), 409, 'status-unchanged');
      const missing = await expectRefused(() => post(corrections(), { to: 'expired' }), 400, 'validation');
      expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      await expectRefused(() => post(corrections(), { to: 'expired', reason: ' ' }), 400, 'validation');
      await expectRefused(() => post(corrections(), { to: 'dormant', reason: 'typo' }), 422, 'unknown-list-value');
      await expectRefused(() => post(`/licences/${randomUUID()}/status-corrections`, { to: 'expired', reason: 'typo' }), 404, 'licence-not-found');
    });

    it('refuses the desk, student and auditor roles with 403 and appends nothing', async () => {
      for (const token of [TOKENS.desk, TOKENS.student, TOKENS.auditor])
        await expectRefused(() => post(corrections(), { to: 'expired', reason: 'typo' }, token), 403);
    });
  });

  describe('POST /licences/{id}/versions/{versionId}/documents/{sha256}/detachments', () => {
    let licenceId: string;
    let versionId: string;
    const bytes = Buffer.from('%PDF-1.7 the order form of another package');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    beforeAll(async () => {
      ({ licenceId, versionId } = await licenceWithVersion(api));
      expect((await upload(licenceId, versionId, bytes)).status).toBe(201);
      const signed = await post(`/licences/${licenceId}/versions/${versionId}/signatures`, {
        signedBy: 'Jane Smith',
        party: 'licensor',
        signedOn: '2024-01-02',
        documentSha256: sha256,
      });
      expect(signed.status).toBe(201);
    });
    const detachments = (address = sha256) => `/licences/${licenceId}/versions/${versionId}/documents/${address}/detachments`;

    it('refuses the desk, student and auditor roles with 403, and a missing reason or a malformed address with 400', async () => {
      for (const token of [TOKENS.desk, TOKENS.student, TOKENS.auditor]) await expectRefused(() => post(detachments(), { reason: 'wrong file' }, token), 403);
      const missing = await expectRefused(() => post(detachments(), {}), 400, 'validation');
      expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      await expectRefused(() => post(detachments('not-a-hash'), { reason: 'wrong file' }), 400, 'invalid-document-address');
      await expectRefused(() => post(detachments('e'.repeat(64)), { reason: 'wrong file' }), 404, 'document-not-found');
    });

    it('detaches the document: still listed and downloadable, the file kept, the signature still naming it', async () => {
      const files = storedFiles();
      const reason = 'Uploaded the order form of another package';
      const response = await post(detachments(), { reason });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: licenceId, versionId, created: false });
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({
        type: 'LicenceDocumentDetached',
        data: { licenceId, versionId, sha256, reason },
        metadata: { reason },
      });
      expect(storedFiles()).toEqual(files);

      const detail = await get(`/licences/${licenceId}`).set('X-Min-Position', String(response.body.position));
      const [version] = detail.body.versions;
      expect(version.documents).toEqual([
        expect.objectContaining({ sha256, fileName: 'order.pdf', detached: expect.objectContaining({ actorId: 's-associate', reason }) }),
      ]);
      expect(version.signatures).toEqual([expect.objectContaining({ documentSha256: sha256 })]);
      const downloaded = await get(`/licences/${licenceId}/documents/${sha256}`).buffer(true).parse(binaryBody);
      expect(downloaded.status).toBe(200);
      expect(Buffer.compare(downloaded.body as Buffer, bytes)).toBe(0);

      const trail = await get(`/licences/${licenceId}/audit-trail`).set('X-Min-Position', String(response.body.position));
      expect(trail.body.items.at(-1)).toMatchObject({
        kind: 'document-detached',
        reason,
        summary: `Document detached (the file is kept): order.pdf (order form, SHA-256 ${sha256}) (version "Signed agreement 2024")`,
      });
    });

    it('refuses detaching it twice and a new signature naming it, and lets it be attached again', async () => {
      await expectRefused(() => post(detachments(), { reason: 'again' }), 409, 'document-already-detached');
      await expectRefused(
        () =>
          post(`/licences/${licenceId}/versions/${versionId}/signatures`, {
            signedBy: 'L. Librarian',
            party: 'licensee',
            signedOn: '2024-01-03',
            documentSha256: sha256,
          }),
        422,
        'document-not-attached',
      );
      const again = await upload(licenceId, versionId, bytes);
      expect(again.status).toBe(201);
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({ type: 'LicenceDocumentAttached', data: { sha256 } });
      const detail = await get(`/licences/${licenceId}`).set('X-Min-Position', String(again.body.position));
      expect(detail.body.versions[0].documents.map((document: { detached?: unknown }) => document.detached !== undefined)).toEqual([true, false]);
    });
  });

  it('shows withdrawn versions and detached documents in the compliance review, JSON and HTML', async () => {
    const { licenceId, amendmentId } = await withAmendment();
    expect((await post(`/licences/${licenceId}/versions/${amendmentId}/withdrawals`, { reason: 'wrong licence' })).status).toBe(200);
    const asOf = new Date().toISOString();
    const json = await get(`/licences/${licenceId}/compliance-review`).query({ asOf, effectiveOn: '2025-06-01' });
    expect(json.status).toBe(200);
    const [licence] = json.body.licences;
    expect(licence.versions.find((version: { versionId: string }) => version.versionId === amendmentId)).toMatchObject({
      withdrawn: { by: 's-associate', role: 'associate', reason: 'wrong licence' },
    });
    expect(licence.effectiveTerms.find((term: { key: string }) => term.key === 'ill-electronic')).toMatchObject({ valueLabel: 'Prohibited (explicit)' });
    const page = await get(`/licences/${licenceId}/compliance-review`).query({ asOf, effectiveOn: '2025-06-01', format: 'html' });
    expect(page.text).toContain('<span class="withdrawn">WITHDRAWN</span> by s-associate (associate)');
  });

  it('publishes the new routes in the OpenAPI document', async () => {
    const openapi = await api.http().get('/docs/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/licences/{id}/status-corrections',
        '/licences/{id}/versions/{versionId}/withdrawals',
        '/licences/{id}/versions/{versionId}/documents/{sha256}/detachments',
      ]),
    );
  });
});
