import { randomUUID } from 'node:crypto';
import { licenceStream, VOCABULARY_STREAM } from '@era/licensing-domain';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { aLicence, aVersion, licenceWithVersion, startLicensingApi } from './testing/licences';

describe('licence writes over HTTP (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startLicensingApi();
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, token: string = TOKENS.associate) => api.http().post(path).set(api.as(token)).send(body);
  const eventsOf = (licenceId: string) => collect(api.events.readStream(licenceStream(licenceId)));

  /** The request is refused with problem+json of this status and type, and nothing is appended. */
  async function expectRefused(
    request: () => PromiseLike<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>,
    status: number,
    slug?: string,
  ) {
    const before = await api.head();
    const response = await request();
    expect({ status: response.status, body: response.body }).toMatchObject({
      status,
      ...(slug ? { body: { type: expect.stringMatching(new RegExp(`/${slug}$`)) } } : {}),
    });
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await api.head()).toBe(before);
    return response;
  }

  describe('POST /licences', () => {
    it('drafts a licence with the staff identity in the metadata and answers where to find it', async () => {
      const response = await post('/licences', aLicence()).set('X-Correlation-Id', 'erm-42');
      expect(response.status).toBe(201);
      const { id } = response.body;
      expect(response.body).toEqual({ id, revision: 0, position: expect.any(Number), location: `/licences/${id}`, created: true });
      expect(response.headers.location).toBe(`/licences/${id}`);
      expect(response.headers.etag).toBe('"0"');
      const [event] = await eventsOf(id);
      expect(event).toMatchObject({
        type: 'LicenceDrafted',
        data: {
          licenceId: id,
          name: 'JSTOR Arts & Sciences I',
          type: 'local',
          organisations: [{ name: 'ITHAKA', roles: ['licensor'] }],
          resourceIds: ['jstor-as1'],
        },
        metadata: { actor: { id: 's-associate', role: 'associate' }, correlationId: 'erm-42', source: 'api' },
      });
    });

    it('takes a client-chosen id, and refuses drafting another licence under it', async () => {
      const id = randomUUID();
      expect((await post('/licences', aLicence({ id }))).headers.location).toBe(`/licences/${id}`);
      await expectRefused(() => post('/licences', aLicence({ id, name: 'JSTOR Arts & Sciences II' })), 409, 'licence-already-drafted');
    });

    it('needs the consortium of a consortial licence before it becomes active, not while it is negotiated', async () => {
      const { id } = (await post('/licences', aLicence({ type: 'consortial' }))).body;
      await expectRefused(() => post(`/licences/${id}/status-transitions`, { to: 'active' }), 422, 'consortium-required');
      expect((await post('/licences', aLicence({ type: 'consortial', consortium: 'NERL' }))).status).toBe(201);
    });

    it('refuses a type the licence-type list does not have, saying how to define one', async () => {
      const response = await expectRefused(() => post('/licences', aLicence({ type: 'regional' })), 422, 'unknown-list-value');
      expect(response.body.detail).toMatch(
        /licence type "regional" is not in the licence-type list \(values: [a-z, -]+\); a licence director defines new values there first/,
      );
    });

    it.each([
      ['an unknown field', { vendorContact: 'jane@example.org' }, 'vendorContact'],
      ['a blank name', { name: '  ' }, 'name'],
      ['a type that is no key at all', { type: 'x'.repeat(61) }, 'type'],
      ['an id that is not a UUID', { id: 'licence-1' }, 'id'],
      ['resource ids that are not a list', { resourceIds: 'jstor-as1' }, 'resourceIds'],
      ['a resource id with spaces', { resourceIds: ['jstor as1'] }, 'resourceIds'],
    ])('refuses %s with field errors', async (_, change, field) => {
      const response = await expectRefused(() => post('/licences', aLicence(change)), 400, 'validation');
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  describe('licence details, status and resources', () => {
    let licenceId: string;
    beforeAll(async () => {
      licenceId = (await post('/licences', aLicence())).body.id;
    });

    it('corrects details with a reason kept in the event and its metadata, honouring If-Match', async () => {
      const stale = await expectRefused(
        () => post(`/licences/${licenceId}/detail-corrections`, { licensor: 'ITHAKA Harbors', reason: 'full name' }).set('If-Match', '"7"'),
        409,
      );
      expect(stale.body).toMatchObject({ currentRevision: 0 });
      const response = await post(`/licences/${licenceId}/detail-corrections`, { licensor: 'ITHAKA Harbors', reason: 'full legal name' }).set(
        'If-Match',
        '"0"',
      );
      expect(response.status).toBe(200);
      expect(response.headers.etag).toBe('"1"');
      expect(response.body).toMatchObject({ id: licenceId, revision: 1, created: false });
      const events = await eventsOf(licenceId);
      expect(events[1]).toMatchObject({
        type: 'LicenceDetailsCorrected',
        data: { organisations: [{ name: 'ITHAKA Harbors', roles: ['licensor'] }], reason: 'full legal name' },
        metadata: { reason: 'full legal name', actor: { id: 's-associate' } },
      });
    });

    it('refuses a detail correction without a reason, or one that changes nothing', async () => {
      await expectRefused(() => post(`/licences/${licenceId}/detail-corrections`, { name: 'JSTOR' }), 400, 'validation');
      await expectRefused(() => post(`/licences/${licenceId}/detail-corrections`, { name: 'JSTOR', reason: ' ' }), 400, 'validation');
      await expectRefused(
        () => post(`/licences/${licenceId}/detail-corrections`, { licensor: 'ITHAKA Harbors', reason: 'again' }),
        422,
        'correction-changes-nothing',
      );
      await expectRefused(() => post(`/licences/${randomUUID()}/detail-corrections`, { name: 'JSTOR', reason: 'typo' }), 404, 'licence-not-found');
    });

    it('records status transitions and refuses illegal ones', async () => {
      const response = await post(`/licences/${licenceId}/status-transitions`, { to: 'active', reason: 'countersigned' });
      expect(response.status).toBe(200);
      expect(response.headers.etag).toBe(`"${response.body.revision}"`);
      const events = await eventsOf(licenceId);
      expect(events.at(-1)).toMatchObject({
        type: 'LicenceStatusRecorded',
        data: { from: 'in-negotiation', to: 'active', lifecycle: 'active' },
        metadata: { reason: 'countersigned' },
      });
      await expectRefused(() => post(`/licences/${licenceId}/status-transitions`, { to: 'active' }), 409, 'status-unchanged');
      await expectRefused(() => post(`/licences/${licenceId}/status-transitions`, { to: 'in-negotiation' }), 409, 'illegal-status-transition');
      await expectRefused(() => post(`/licences/${licenceId}/status-transitions`, { to: 'dormant' }), 422, 'unknown-list-value');
      await expectRefused(() => post(`/licences/${licenceId}/status-transitions`, { to: 7 }), 400, 'validation');
    });

    it('links and unlinks e-resources', async () => {
      const linked = await post(`/licences/${licenceId}/resources`, { resourceIds: ['jstor-as2', 'jstor-as3'] });
      expect(linked.status).toBe(200);
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({ type: 'LicenceResourcesLinked', data: { resourceIds: ['jstor-as2', 'jstor-as3'] } });
      await expectRefused(() => post(`/licences/${licenceId}/resources`, { resourceIds: ['jstor-as2'] }), 409, 'resource-already-linked');
      await expectRefused(() => post(`/licences/${licenceId}/resources`, { resourceIds: [] }), 400, 'validation');

      const unlinked = await post(`/licences/${licenceId}/resource-unlinkings`, { resourceIds: ['jstor-as3'], reason: 'moved to another package' });
      expect(unlinked.status).toBe(200);
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({
        type: 'LicenceResourcesUnlinked',
        data: { resourceIds: ['jstor-as3'], reason: 'moved to another package' },
        metadata: { reason: 'moved to another package' },
      });
      await expectRefused(() => post(`/licences/${licenceId}/resource-unlinkings`, { resourceIds: ['jstor-as3'] }), 409, 'resource-not-linked');
    });
  });

  describe('versions', () => {
    let licenceId: string;
    beforeAll(async () => {
      licenceId = (await post('/licences', aLicence())).body.id;
    });

    it('records the original with its terms, who entered it and on whose direction', async () => {
      const versionId = randomUUID();
      const response = await post(`/licences/${licenceId}/versions`, aVersion({ versionId, directedBy: 's-librarian' }));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ id: licenceId, versionId, revision: 1, created: true });
      expect(response.headers.etag).toBe('"1"');
      expect(response.headers.location).toBe(`/licences/${licenceId}`);
      const events = await eventsOf(licenceId);
      expect(events[1]).toMatchObject({
        type: 'LicenceVersionRecorded',
        data: {
          versionId,
          kind: 'original',
          effectiveFrom: '2024-01-01',
          effectiveTo: null,
          terms: {
            'ill-electronic': { value: 'prohibited-explicit', internalNote: 'clause 4.2', publicNote: 'Electronic ILL is not allowed' },
            'concurrent-users': { value: 5 },
          },
          directedBy: 's-librarian',
        },
        metadata: { actor: { id: 's-associate', role: 'associate' } },
      });
      await expectRefused(() => post(`/licences/${licenceId}/versions`, aVersion({ versionId })), 409, 'version-already-recorded');
    });

    it('refuses "as directed by" anyone but a librarian or an admin', async () => {
      await expectRefused(() => post(`/licences/${licenceId}/versions`, aVersion({ kind: 'amendment', directedBy: 's-nobody' })), 422, 'unknown-director');
      await expectRefused(() => post(`/licences/${licenceId}/versions`, aVersion({ kind: 'amendment', directedBy: 's-desk' })), 422, 'unknown-director');
      const byAdmin = await post(
        `/licences/${licenceId}/versions`,
        aVersion({ kind: 'amendment', label: 'Amendment 1', effectiveFrom: '2025-01-01', directedBy: 's-admin' }),
      );
      expect(byAdmin.status).toBe(201);
    });

    it.each([
      ['an unknown term', { terms: { 'free-beer': { value: 'permitted-explicit' } } }, 422, 'unknown-term'],
      ['a permission value off the scale', { terms: { 'ill-electronic': { value: 'maybe' } } }, 422, 'invalid-term-value'],
      ['a number for a permission', { terms: { 'ill-electronic': { value: 3 } } }, 422, 'invalid-term-value'],
      ['text for an integer term', { terms: { 'concurrent-users': { value: 'five' } } }, 422, 'invalid-term-value'],
      ['a fraction for an integer term', { terms: { 'concurrent-users': { value: 2.5 } } }, 422, 'invalid-term-value'],
      ['a duration that is not ISO-8601', { terms: { 'non-renewal-notice-period': { value: '90 days' } } }, 422, 'invalid-term-value'],
      ['effective-to before effective-from', { effectiveFrom: '2026-06-01', effectiveTo: '2026-05-31' }, 422, 'effective-dates-reversed'],
      ['an impossible date', { effectiveFrom: '2025-02-29' }, 400, 'validation'],
      ['a date with a time', { effectiveFrom: '2025-02-01T00:00:00Z' }, 400, 'validation'],
      ['an unknown field', { signedBy: 'someone' }, 400, 'validation'],
      ['an unknown field in a term value', { terms: { 'ill-electronic': { value: 'silent', note: 'x' } } }, 400, 'validation'],
      ['a term value without a value or a note', { terms: { 'ill-electronic': { internal: true } } }, 422, 'term-value-needs-note'],
      ['a list of values for a term that takes one', { terms: { 'ill-electronic': [{ value: 'silent' }] } }, 422, 'term-takes-one-value'],
      ['an internal flag that is not true or false', { terms: { 'ill-electronic': { value: 'silent', internal: 'yes' } } }, 400, 'validation'],
      ['a list of values past the cap', { terms: { 'ill-electronic': Array.from({ length: 51 }, () => ({ value: 'silent' })) } }, 400, 'validation'],
      ['a list nested in a list', { terms: { 'ill-electronic': [[{ value: 'silent' }]] } }, 400, 'validation'],
      ['a value that is an object', { terms: { 'ill-electronic': { value: { code: 'silent' } } } }, 400, 'validation'],
      ['a negative count', { terms: { 'concurrent-users': { value: -1 } } }, 422, 'invalid-term-value'],
      ['terms as a list', { terms: [{ key: 'ill-electronic', value: 'silent' }] }, 400, 'validation'],
      ['an unknown kind', { kind: 'addendum' }, 400, 'validation'],
      [
        'a vendor password in an internal note',
        { terms: { 'ill-electronic': { value: 'silent', internalNote: 'admin login: ers / password: Tr0ub4dor' } } },
        400,
        'credential-in-text',
      ],
      ['an API key as a text value', { terms: { 'authorised-users': { value: 'api key = 8f2e-11aa' } } }, 400, 'credential-in-text'],
    ])('refuses %s with problem+json and appends nothing', async (_, change, status, slug) => {
      await expectRefused(() => post(`/licences/${licenceId}/versions`, aVersion({ kind: 'amendment', ...change })), status, slug);
    });

    it('refuses a second original and a version of an unknown licence', async () => {
      await expectRefused(() => post(`/licences/${licenceId}/versions`, aVersion()), 422, 'original-already-recorded');
      await expectRefused(() => post(`/licences/${randomUUID()}/versions`, aVersion()), 404, 'licence-not-found');
    });
  });

  describe('corrections and confirmations', () => {
    let licenceId: string;
    let versionId: string;
    beforeAll(async () => {
      ({ licenceId, versionId } = await licenceWithVersion(api, { directedBy: 's-librarian' }));
    });
    const corrections = () => `/licences/${licenceId}/versions/${versionId}/corrections`;
    const confirmations = () => `/licences/${licenceId}/versions/${versionId}/confirmations`;

    it('needs a reason for a correction', async () => {
      const missing = await expectRefused(() => post(corrections(), { effectiveFrom: '2024-02-01' }), 400, 'validation');
      expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      await expectRefused(() => post(corrections(), { effectiveFrom: '2024-02-01', reason: '   ' }), 400, 'validation');
      const credential = await expectRefused(
        () => post(corrections(), { effectiveFrom: '2024-02-01', reason: 'vendor changed pwd=secret123' }),
        400,
        'credential-in-text',
      );
      expect(JSON.stringify(credential.body)).not.toContain('secret123');
    });

    it('refuses a correction that changes nothing or breaks the rules', async () => {
      await expectRefused(() => post(corrections(), { effectiveFrom: '2024-01-01', reason: 'checking' }), 422, 'correction-changes-nothing');
      await expectRefused(() => post(corrections(), { effectiveTo: '2023-12-31', reason: 'typo' }), 422, 'effective-dates-reversed');
      await expectRefused(() => post(corrections(), { terms: { 'free-beer': null }, reason: 'typo' }), 422, 'unknown-term');
      await expectRefused(() => post(corrections(), { terms: { 'concurrent-users': { value: '5' } }, reason: 'typo' }), 422, 'invalid-term-value');
      await expectRefused(() => post(corrections(), { label: null, reason: 'typo' }), 400, 'validation');
      await expectRefused(() => post(`/licences/${licenceId}/versions/${randomUUID()}/corrections`, { label: 'x', reason: 'typo' }), 404, 'version-not-found');
    });

    it('confirms once; a correction makes the version unconfirmed, so it can be confirmed again', async () => {
      await expectRefused(() => post(confirmations(), {}, TOKENS.associate), 403);
      const confirmed = await post(confirmations(), { note: 'checked against the PDF' }, TOKENS.librarian);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ id: licenceId, versionId });
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({
        type: 'LicenceVersionConfirmed',
        data: { versionId, corrections: 0, note: 'checked against the PDF' },
        metadata: { actor: { id: 's-librarian', role: 'librarian' } },
      });
      await expectRefused(() => post(confirmations(), {}, TOKENS.librarian), 409, 'version-already-confirmed');

      const reason = 'Clause 4.2 permits secure electronic ILL; entered the wrong value';
      const corrected = await post(corrections(), {
        reason,
        terms: { 'ill-electronic': { value: 'permitted-explicit-under-conditions', publicNote: 'Secure transmission only' }, 'concurrent-users': null },
        directedBy: 's-librarian',
      }).set('If-Match', confirmed.headers.etag);
      expect(corrected.status).toBe(200);
      expect(corrected.headers.etag).toBe(`"${confirmed.body.revision + 1}"`);
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({
        type: 'LicenceVersionCorrected',
        data: {
          versionId,
          reason,
          terms: { 'ill-electronic': { value: 'permitted-explicit-under-conditions' }, 'concurrent-users': null },
          directedBy: 's-librarian',
        },
        metadata: { reason },
      });
      expect((await post(confirmations(), {}, TOKENS.admin)).status).toBe(200);
    });
  });

  describe('signatures', () => {
    it('records who signed for which party and when; a retry records nothing twice', async () => {
      const { licenceId, versionId } = await licenceWithVersion(api);
      const signature = { signedBy: 'Jane Smith, ITHAKA', party: 'licensor', signedOn: '2023-12-20' };
      const path = `/licences/${licenceId}/versions/${versionId}/signatures`;
      const recorded = await post(path, signature);
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ id: licenceId, versionId, revision: 2, created: true });
      expect(recorded.headers.etag).toBe('"2"');
      expect((await eventsOf(licenceId)).at(-1)).toMatchObject({ type: 'LicenceSignatureRecorded', data: signature });
      const retry = await post(path, signature);
      expect(retry.status).toBe(200);
      expect(retry.body).toMatchObject({ revision: 2, created: false });
      await expectRefused(() => post(path, { ...signature, party: 'patron' }), 400, 'validation');
      await expectRefused(() => post(path, { ...signature, signedOn: '2023-02-30' }), 400, 'validation');
      await expectRefused(() => post(path, { ...signature, documentSha256: 'a'.repeat(64) }), 422, 'document-not-attached');
    });
  });

  describe('the term vocabulary', () => {
    it('is not written at start-up: a service that never touches licences appends nothing', async () => {
      const fresh = await startLicensingApi();
      try {
        expect(await fresh.head()).toBe(0);
      } finally {
        await fresh.close();
      }
    });

    it('refuses a credential in any field of any write, naming the field and never echoing the value', async () => {
      const head = await api.head();
      const name = await post('/licences', { name: 'EBSCO admin password: hunter2', licensor: 'EBSCO', type: 'local' });
      expect(name.status).toBe(400);
      expect(name.body).toMatchObject({
        type: expect.stringMatching(/credential-in-text$/),
        detail: expect.stringContaining('name must not contain a password'),
      });
      expect(JSON.stringify(name.body)).not.toContain('hunter2');
      const term = await post('/licence-terms', { key: 'vendor-portal', label: 'Portal (pwd=abc)', valueType: 'text' }, TOKENS.librarian);
      expect(term.status).toBe(400);
      const seal = await post('/ledger/seals', { reason: 'api key: 123' }, TOKENS.librarian);
      expect(seal.status).toBe(400);
      const { licenceId, versionId } = await licenceWithVersion(api);
      const before = await api.head();
      const upload = await api
        .http()
        .post(`/licences/${licenceId}/versions/${versionId}/documents`)
        .query({ documentType: 'licence', fileName: 'password: hunter2.pdf' })
        .set(api.as(TOKENS.associate))
        .set('Content-Type', 'application/pdf')
        .send(Buffer.from('%PDF-1.7 credential test'));
      expect(upload.status).toBe(400);
      expect(upload.body.detail).toContain('query fileName');
      expect(await api.head()).toBe(before);
      expect(before).toBeGreaterThan(head);
    });

    it('is not seeded by a refused request: a refusal appends nothing at all', async () => {
      const fresh = await startLicensingApi();
      try {
        const post = (path: string, body: object, token: string = TOKENS.associate) => fresh.http().post(path).set(fresh.as(token)).send(body);
        const drafted = await post('/licences', { name: 'Fresh', licensor: 'Vendor', type: 'local' });
        expect(drafted.status).toBe(201);
        const head = await fresh.head();
        expect((await post(`/licences/${randomUUID()}/versions`, aVersion())).status).toBe(404);
        expect((await post(`/licences/${drafted.body.id}/versions`, aVersion({ terms: { 'free-beer': { value: 'silent' } } }))).status).toBe(422);
        expect((await post('/licence-terms', { key: 'ill-electronic', label: 'ILL again', valueType: 'permission' }, TOKENS.librarian)).status).toBe(409);
        expect((await post('/licence-terms/no-such-term/deprecations', { reason: 'gone' }, TOKENS.librarian)).status).toBe(404);
        expect(await fresh.head()).toBe(head);
        expect((await post(`/licences/${drafted.body.id}/versions`, aVersion())).status).toBe(201);
        expect(await fresh.head()).toBe(head + 2);
      } finally {
        await fresh.close();
      }
    });

    it('is seeded once by the system, on first use, tied to the request that needed it', async () => {
      await licenceWithVersion(api);
      await licenceWithVersion(api);
      const events = await collect(api.events.readStream(VOCABULARY_STREAM));
      const seeds = events.filter((event) => event.type === 'LicenceTermVocabularySeeded');
      expect(seeds).toHaveLength(1);
      expect(seeds[0]).toMatchObject({ metadata: { actor: { id: 'system', role: 'system' }, source: 'system' } });
      expect((seeds[0].data as { terms: { key: string }[] }).terms.map((term) => term.key)).toEqual(
        expect.arrayContaining(['ill-electronic', 'course-reserves-electronic', 'text-and-data-mining', 'ai-training', 'perpetual-access']),
      );
      const [causing] = await collect(api.events.readAll({ after: seeds[0].globalPosition, filter: { streamPrefixes: ['licence-'] }, maxCount: 1 }));
      expect(causing.metadata.correlationId).toBe(seeds[0].metadata.correlationId);
    });

    it('lets the librarian define, relabel and deprecate terms, and nobody below', async () => {
      const term = { key: 'alumni-access', label: 'Alumni access', valueType: 'permission', category: 'Access' };
      await expectRefused(() => post('/licence-terms', term, TOKENS.associate), 403);
      const defined = await post('/licence-terms', term, TOKENS.librarian);
      expect(defined.status).toBe(201);
      expect(defined.body).toMatchObject({ key: 'alumni-access', created: true });
      expect(defined.headers.etag).toBe(`"${defined.body.revision}"`);
      await expectRefused(() => post('/licence-terms', { ...term, label: 'Alumni walk-in access' }, TOKENS.librarian), 409, 'term-already-defined');
      await expectRefused(() => post('/licence-terms', { ...term, key: 'Alumni Access' }, TOKENS.librarian), 400, 'validation');
      await expectRefused(() => post('/licence-terms', { ...term, key: 'alumni-walk-in', valueType: 'colour' }, TOKENS.librarian), 400, 'validation');

      const relabelled = await post(
        '/licence-terms/alumni-access/relabellings',
        { label: 'Alumni and retiree access', reason: 'wider group' },
        TOKENS.librarian,
      );
      expect(relabelled.status).toBe(200);
      expect(relabelled.body.revision).toBe(defined.body.revision + 1);
      await expectRefused(
        () => post('/licence-terms/alumni-access/relabellings', { label: 'Alumni and retiree access' }, TOKENS.librarian),
        409,
        'label-unchanged',
      );
      await expectRefused(() => post('/licence-terms/no-such-term/relabellings', { label: 'x' }, TOKENS.librarian), 404, 'term-not-found');
      await expectRefused(() => post('/licence-terms/Not%20A%20Key/relabellings', { label: 'x' }, TOKENS.librarian), 400, 'invalid-term-key');

      const { licenceId } = await licenceWithVersion(api);
      const usingIt = aVersion({ kind: 'amendment', terms: { 'alumni-access': { value: 'permitted-explicit' } } });
      expect((await post(`/licences/${licenceId}/versions`, usingIt)).status).toBe(201);

      await expectRefused(() => post('/licence-terms/alumni-access/deprecations', {}, TOKENS.librarian), 400, 'validation');
      const deprecated = await post('/licence-terms/alumni-access/deprecations', { reason: 'merged into authorised users' }, TOKENS.admin);
      expect(deprecated.status).toBe(200);
      const events = await collect(api.events.readStream(VOCABULARY_STREAM));
      expect(events.at(-1)).toMatchObject({ type: 'LicenceTermDeprecated', metadata: { reason: 'merged into authorised users', actor: { id: 's-admin' } } });
      await expectRefused(() => post('/licence-terms/alumni-access/deprecations', { reason: 'again' }, TOKENS.librarian), 409, 'term-already-deprecated');
      await expectRefused(() => post(`/licences/${licenceId}/versions`, { ...usingIt, effectiveFrom: '2025-06-01' }), 422, 'deprecated-term');
    });
  });

  describe('who may write', () => {
    let licenceId: string;
    let versionId: string;
    beforeAll(async () => {
      ({ licenceId, versionId } = await licenceWithVersion(api));
    });

    const editorWrites = (): [string, object][] => [
      ['/licences', aLicence()],
      [`/licences/${licenceId}/detail-corrections`, { name: 'Renamed', reason: 'typo' }],
      [`/licences/${licenceId}/status-transitions`, { to: 'active' }],
      [`/licences/${licenceId}/resources`, { resourceIds: ['muse-1'] }],
      [`/licences/${licenceId}/resource-unlinkings`, { resourceIds: ['jstor-as1'] }],
      [`/licences/${licenceId}/versions`, aVersion({ kind: 'amendment' })],
      [`/licences/${licenceId}/versions/${versionId}/corrections`, { label: 'Renamed', reason: 'typo' }],
      [`/licences/${licenceId}/versions/${versionId}/signatures`, { signedBy: 'Jane Smith', party: 'licensor', signedOn: '2024-01-02' }],
    ];
    const directorWrites = (): [string, object][] => [
      [`/licences/${licenceId}/versions/${versionId}/confirmations`, {}],
      ['/licence-terms', { key: 'sandbox-use', label: 'Sandbox use', valueType: 'permission' }],
      ['/licence-terms/ill-print/relabellings', { label: 'ILL (print)' }],
      ['/licence-terms/ill-print/deprecations', { reason: 'no longer used' }],
    ];

    it.each([
      ['desk', TOKENS.desk],
      ['student', TOKENS.student],
      ['auditor', TOKENS.auditor],
    ])('refuses every licence write by the %s role with 403 and appends nothing', async (_, token) => {
      for (const [path, body] of [...editorWrites(), ...directorWrites()]) {
        const response = await expectRefused(() => post(path, body, token), 403);
        expect(response.body.detail).toMatch(/may not/);
      }
    });

    it('refuses confirmations and vocabulary changes by an associate with 403 and appends nothing', async () => {
      for (const [path, body] of directorWrites()) await expectRefused(() => post(path, body, TOKENS.associate), 403);
    });

    it('refuses everyone without a token with 401', async () => {
      for (const [path, body] of editorWrites()) await expectRefused(() => api.http().post(path).send(body), 401);
    });
  });

  it('publishes every licence write in the OpenAPI document', async () => {
    const openapi = await api.http().get('/docs/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/licences',
        '/licences/{id}/detail-corrections',
        '/licences/{id}/status-transitions',
        '/licences/{id}/resources',
        '/licences/{id}/resource-unlinkings',
        '/licences/{id}/versions',
        '/licences/{id}/versions/{versionId}/corrections',
        '/licences/{id}/versions/{versionId}/confirmations',
        '/licences/{id}/versions/{versionId}/documents',
        '/licences/{id}/versions/{versionId}/signatures',
        '/licences/{id}/documents/{sha256}',
        '/licence-terms',
        '/licence-terms/{key}/relabellings',
        '/licence-terms/{key}/deprecations',
      ]),
    );
  });
});
