import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi, TOKENS } from '@era/api-testing';
import { startLicensingApi } from './testing/licences';
import { CORRECTION_REASON, instantBetweenWrites, KnownAt, postOrFail, recordIllElectronicScenario, SIGNED_PDF } from './testing/ill-electronic-scenario';
import { editEvent, tamperWith } from '@era/event-store-sqlite/testing';

/**
 * The compliance review of the scenario over HTTP: an original licence prohibits ILL electronic; an amendment
 * from 2025-01-01 permits it; a correction later moves the amendment to 2025-02-01. Reviewed as known at three
 * instants taken between the writes (the store's clock is the real one), for the legal date 2025-01-15.
 */
describe('compliance review over HTTP (real SQLite, real files)', () => {
  let api: TestApi;
  let known: KnownAt;
  let licenceId = '';
  let originalId = '';
  let amendmentId = '';
  let documentSha256 = '';
  /** Global position of the original's confirmation. */
  let confirmedAt = 0;
  const signedPdf = SIGNED_PDF;

  const write = (path: string, body: object, token?: string) => postOrFail(api, path, body, token);

  beforeAll(async () => {
    api = await startLicensingApi();
    ({ known, licenceId, originalId, amendmentId, documentSha256, confirmedAt } = await recordIllElectronicScenario(api));
  });
  afterAll(() => api.close());

  const getReview = (query: Record<string, string>, token: string = TOKENS.librarian, id: string | null = licenceId) =>
    api
      .http()
      .get(id === null ? '/compliance-review' : `/licences/${id}/compliance-review`)
      .query(query)
      .set(api.as(token));

  const review = async (asOf: string, effectiveOn = '2025-01-15') => {
    const response = await getReview({ asOf, effectiveOn });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    return response.body;
  };

  /** An audit line as a librarian reads it: what changed, before → after, by whom, on whose direction, why. */
  const line = (l: Record<string, unknown>) => [l.kind, l.field, l.termKey, l.before, l.after, l.by, l.directedBy, l.why];
  const draftedLines = [
    [
      'drafted',
      'licence',
      null,
      null,
      { name: 'JSTOR Arts & Sciences I', licensor: 'ITHAKA', type: 'local', status: 'in-negotiation' },
      's-associate',
      null,
      null,
    ],
    ['drafted', 'resources', null, [], ['jstor-as1'], 's-associate', null, null],
  ];
  const originalLines = () => [
    [
      'version-recorded',
      'version',
      null,
      null,
      { kind: 'original', label: 'Signed agreement 2024', effectiveFrom: '2024-01-01', effectiveTo: null },
      's-associate',
      's-librarian',
      null,
    ],
    [
      'version-recorded',
      'term',
      'ill-electronic',
      null,
      { value: 'prohibited-explicit', publicNote: 'Electronic ILL is not allowed', internalNote: 'Clause 4.2' },
      's-associate',
      's-librarian',
      null,
    ],
    ['document-attached', 'document', null, null, { sha256: documentSha256, fileName: 'jstor-2024.pdf', documentType: 'licence' }, 's-associate', null, null],
    ['version-confirmed', 'confirmation', null, 'unconfirmed', 'confirmed', 's-librarian', null, null],
  ];
  const amendmentLines = [
    [
      'version-recorded',
      'version',
      null,
      null,
      { kind: 'amendment', label: 'Amendment 1', effectiveFrom: '2025-01-01', effectiveTo: null },
      's-associate',
      's-librarian',
      null,
    ],
    [
      'version-recorded',
      'term',
      'ill-electronic',
      { value: 'prohibited-explicit', publicNote: 'Electronic ILL is not allowed', internalNote: 'Clause 4.2' },
      { value: 'permitted-explicit', publicNote: 'Secure electronic transmission to the borrowing library' },
      's-associate',
      's-librarian',
      null,
    ],
  ];
  const correctionLines = [['version-corrected', 'effectiveFrom', null, '2025-01-01', '2025-02-01', 's-associate', 's-librarian', CORRECTION_REASON]];

  const prohibitedByTheOriginal = {
    key: 'ill-electronic',
    label: 'ILL electronic',
    value: 'prohibited-explicit',
    valueLabel: 'Prohibited (explicit)',
    internal: false,
    publicNote: 'Electronic ILL is not allowed',
    internalNote: 'Clause 4.2',
    version: { versionId: '', kind: 'original', label: 'Signed agreement 2024' },
    confirmed: true,
  };

  describe('as known at three instants, for ILL electronic on 2025-01-15', () => {
    it('after the original: prohibited, confirmed, with the signed licence on file and intact', async () => {
      const body = await review(known.afterOriginal);
      expect(body).toMatchObject({ format: 'era-compliance-review/3', licenceId, asOf: known.afterOriginal, effectiveOn: '2025-01-15', timeZone: 'UTC' });
      // The last licence event known then; the desk inquiry recorded after it is no part of the review.
      expect(body.lastPositionIncluded).toBe(confirmedAt);
      const [licence] = body.licences;
      expect(licence).toMatchObject({
        licenceId,
        name: 'JSTOR Arts & Sciences I',
        licensor: 'ITHAKA',
        type: 'local',
        consortium: null,
        status: 'in-negotiation',
        inForce: true,
      });
      expect(licence.effectiveTerms).toEqual([{ ...prohibitedByTheOriginal, version: { ...prohibitedByTheOriginal.version, versionId: originalId } }]);
      expect(licence.versions).toHaveLength(1);
      expect(licence.versions[0]).toMatchObject({
        versionId: originalId,
        recorded: { by: 's-associate', role: 'associate', directedBy: 's-librarian' },
        confirmed: { by: 's-librarian', role: 'librarian' },
        documents: [
          {
            fileName: 'jstor-2024.pdf',
            documentType: 'licence',
            sha256: documentSha256,
            sizeBytes: signedPdf.length,
            attachedBy: 's-associate',
            integrity: 'intact',
          },
        ],
      });
      expect(licence.auditTrail.map(line)).toEqual([...draftedLines, ...originalLines()]);
      expect(body.verification).toMatchObject({
        streams: ['ledger-seals', `licence-${licenceId}`, 'vocabulary-licence-terms'],
        ok: true,
        problems: [],
        seals: [],
      });
      // Verified as stored now, but counted as of asOf: the seeded vocabulary and the four licence events recorded by then.
      expect(body.verification.eventsCheckedUpToAsOf).toBe(1 + 4);
    });

    it('after the amendment: permitted by the amendment, which is UNCONFIRMED', async () => {
      const body = await review(known.afterAmendment);
      const [licence] = body.licences;
      expect(licence.effectiveTerms).toEqual([
        {
          key: 'ill-electronic',
          label: 'ILL electronic',
          value: 'permitted-explicit',
          valueLabel: 'Permitted (explicit)',
          publicNote: 'Secure electronic transmission to the borrowing library',
          internal: false,
          internalNote: null,
          version: { versionId: amendmentId, kind: 'amendment', label: 'Amendment 1' },
          confirmed: false,
        },
      ]);
      expect(
        licence.versions.map((v: { versionId: string; effectiveFrom: string; confirmed: unknown }) => [v.versionId, v.effectiveFrom, v.confirmed === null]),
      ).toEqual([
        [originalId, '2024-01-01', false],
        [amendmentId, '2025-01-01', true],
      ]);
      expect(licence.auditTrail.map(line)).toEqual([...draftedLines, ...originalLines(), ...amendmentLines]);
    });

    it('after the correction: prohibited again on 2025-01-15, the amendment now starting on 2025-02-01', async () => {
      const body = await review(known.afterCorrection);
      const [licence] = body.licences;
      // Prohibited again, from the confirmed original; yet not confirmed, because the corrected amendment (not yet
      // confirmed again) states the same term and its dates decide whether it applies.
      expect(licence.effectiveTerms).toEqual([
        { ...prohibitedByTheOriginal, version: { ...prohibitedByTheOriginal.version, versionId: originalId }, confirmed: false },
      ]);
      expect(licence.versions[1]).toMatchObject({
        versionId: amendmentId,
        effectiveFrom: '2025-02-01',
        corrections: 1,
        lastCorrection: { by: 's-associate', role: 'associate', reason: CORRECTION_REASON },
        confirmed: null,
      });
      expect(licence.auditTrail.map(line)).toEqual([...draftedLines, ...originalLines(), ...amendmentLines, ...correctionLines]);
      const later = await review(known.afterCorrection, '2025-03-01');
      expect(later.licences[0].effectiveTerms[0]).toMatchObject({ value: 'permitted-explicit', confirmed: false });
    });

    it('shows the terms of asOf’s own day when no effective date is given', async () => {
      const body = (await getReview({ asOf: known.afterOriginal })).body;
      expect(body.effectiveOn).toBe(known.afterOriginal.slice(0, 10));
      expect(body.licences[0].effectiveTerms[0].value).toBe('prohibited-explicit');
    });

    it('answers 404 for a licence not yet drafted at asOf, and for one never drafted', async () => {
      const before = await getReview({ asOf: known.beforeDraft });
      expect(before.status).toBe(404);
      expect(before.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(before.body.detail).toBe(`licence ${licenceId} was not on record as of ${known.beforeDraft}`);
      expect((await getReview({ asOf: known.afterCorrection }, TOKENS.librarian, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });
  });

  it('gives byte-identical JSON and HTML when produced twice', async () => {
    for (const format of ['json', 'html']) {
      const first = await getReview({ asOf: known.afterCorrection, effectiveOn: '2025-01-15', format });
      const second = await getReview({ asOf: known.afterCorrection, effectiveOn: '2025-01-15', format });
      expect(first.status).toBe(200);
      expect(second.text).toBe(first.text);
      expect(second.headers['x-review-digest']).toBe(first.headers['x-review-digest']);
    }
  });

  it('renders a printable HTML page marking the unconfirmed amendment, with the digest in the footer', async () => {
    const response = await getReview({ asOf: known.afterAmendment, effectiveOn: '2025-01-15', format: 'html' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const page = response.text;
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('JSTOR Arts &amp; Sciences I');
    expect(page).toContain('<h4>Amendment 1 <span class="kind">amendment</span> <span class="unconfirmed">UNCONFIRMED</span></h4>');
    expect(page).not.toContain('class="alert"');
    expect(page.slice(page.indexOf('<footer>'))).toContain(response.headers['x-review-digest']);
    // An Accept header asking for HTML gets it too.
    const byAccept = await getReview({ asOf: known.afterAmendment, effectiveOn: '2025-01-15' }).set('Accept', 'text/html');
    expect(byAccept.headers.vary).toMatch(/Accept/);
    // Quality values count: a client that prefers JSON gets JSON, whatever the order it lists types in.
    const prefersJson = await getReview({ asOf: known.afterAmendment, effectiveOn: '2025-01-15' }).set('Accept', 'text/html;q=0.1, application/json');
    expect(prefersJson.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(byAccept.text).toBe(page);
  });

  it('reviews all licences known by asOf, sorted by name', async () => {
    const later = (await write('/licences', { name: 'Elsevier ScienceDirect', licensor: 'Elsevier', type: 'consortial', consortium: 'VIVA', resourceIds: [] }))
      .id;
    const now = await instantBetweenWrites();
    const then = (await getReview({ asOf: known.afterCorrection }, TOKENS.auditor, null)).body;
    expect(then.licenceId).toBeNull();
    expect(then.licences.map((l: { licenceId: string }) => l.licenceId)).toEqual([licenceId]);
    const today = (await getReview({ asOf: now }, TOKENS.auditor, null)).body;
    expect(today.licences.map((l: { licenceId: string }) => l.licenceId)).toEqual([later, licenceId]);
    expect(today.licences[0]).toMatchObject({ consortium: 'VIVA', inForce: false, effectiveTerms: [], versions: [] });
    expect(today.verification.streams).toEqual(['ledger-seals', ...[`licence-${later}`, `licence-${licenceId}`].sort(), 'vocabulary-licence-terms']);
  });

  it('refuses a missing, malformed or future asOf with problem+json', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{}, /asOf/],
      [{ asOf: 'last tuesday' }, /asOf must be a calendar date/],
      [{ asOf: '2025-02-30' }, /not a calendar date/],
      [{ asOf: '2025-03-31T10:00:00' }, /asOf must be a calendar date/],
      [{ asOf: new Date(Date.now() + 3_600_000).toISOString() }, /in the future/],
      [{ asOf: '2999-01-01' }, /in the future/],
      [{ asOf: '2025-03-31', effectiveOn: '2025-13-01' }, /effectiveOn must be a calendar date/],
      [{ asOf: '2025-03-31', format: 'pdf' }, /format/],
    ];
    for (const [query, detail] of cases) {
      const response = await getReview(query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(response.body)).toMatch(detail);
    }
  });

  it('lets every licence reader review, auditor included, and nobody else', async () => {
    for (const token of [TOKENS.admin, TOKENS.librarian, TOKENS.associate, TOKENS.auditor]) {
      expect((await getReview({ asOf: known.afterCorrection }, token)).status).toBe(200);
    }
    for (const token of [TOKENS.desk, TOKENS.student]) {
      expect((await getReview({ asOf: known.afterCorrection }, token)).status).toBe(403);
    }
    expect((await api.http().get('/compliance-review').query({ asOf: known.afterCorrection })).status).toBe(401);
  });

  describe('POST /compliance-reviews', () => {
    const post = (body: object, token: string = TOKENS.librarian) => api.http().post('/compliance-reviews').set(api.as(token)).send(body);

    it('records a ledger seal first and returns the review with the seal, its body otherwise that of the GET', async () => {
      const head = await api.head();
      const response = await post({ licenceId, asOf: known.afterCorrection, effectiveOn: '2025-01-15', seal: true });
      expect(response.status).toBe(201);
      expect(Number(response.headers['x-event-position'])).toBe(head + 1);
      expect(await api.head()).toBe(head + 1);
      const { seal, ...review } = response.body;
      expect(seal).toEqual({ digest: expect.stringMatching(/^[0-9a-f]{64}$/), sealedThroughPosition: head, streamCount: expect.any(Number) });
      const get = await getReview({ asOf: known.afterCorrection, effectiveOn: '2025-01-15' });
      expect(review).toEqual(get.body);
      expect(response.body.reviewDigest).toBe(get.body.reviewDigest);
      // The seal is recorded after asOf: checked with the seal stream, listed only by a review as of a later instant.
      expect(review.verification.seals).toEqual([]);
      const now = await instantBetweenWrites();
      const afterSeal = (await getReview({ asOf: now })).body;
      expect(afterSeal.verification.seals).toEqual([
        { digest: seal.digest, sealedThroughPosition: head, recordedAt: expect.any(String), position: head + 1, ok: true },
      ]);
    });

    it('prints the seal digest in the HTML form', async () => {
      const response = await post({ asOf: known.afterCorrection, format: 'html' });
      expect(response.status).toBe(201);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toMatch(/Keep this digest outside the system: <code class="digest">[0-9a-f]{64}<\/code>/);
    });

    it('refuses associates, auditors, desk staff and students, an unknown licence and a bad asOf, appending nothing', async () => {
      const head = await api.head();
      for (const token of [TOKENS.associate, TOKENS.auditor, TOKENS.desk, TOKENS.student]) {
        expect((await post({ asOf: known.afterCorrection }, token)).status).toBe(403);
      }
      expect((await post({ licenceId, asOf: known.beforeDraft })).status).toBe(404);
      expect((await post({ asOf: '2999-01-01' })).status).toBe(400);
      expect((await post({ asOf: known.afterCorrection, seal: 'yes' })).status).toBe(400);
      expect((await post({ asOf: known.afterCorrection, extra: 1 })).status).toBe(400);
      // Found by the route fuzz: a null where a field may only be left out was a 500.
      for (const field of ['licenceId', 'seal', 'effectiveOn', 'format']) {
        const refused = await post({ asOf: known.afterCorrection, [field]: null });
        expect({ field, status: refused.status, type: refused.headers['content-type'] }).toEqual({
          field,
          status: 400,
          type: expect.stringMatching(/^application\/problem\+json/),
        });
      }
      expect(await api.head()).toBe(head);
    });
  });

  it('shows a signed document altered on disk as altered, in a red box', async () => {
    const { store } = api.config.documents;
    if (store.kind !== 'files') throw new Error('the test API keeps documents in files');
    const path = join(store.directory, 'sha256', documentSha256.slice(0, 2), documentSha256.slice(2, 4), documentSha256);
    chmodSync(path, 0o644);
    writeFileSync(path, Buffer.from('%PDF-1.7\nJSTOR licence agreement, ILL electronic permitted\n%%EOF\n'));
    const body = await review(known.afterOriginal);
    expect(body.licences[0].versions[0].documents[0]).toMatchObject({ sha256: documentSha256, integrity: 'altered' });
    const page = (await getReview({ asOf: known.afterOriginal, format: 'html' })).text;
    const box = page.slice(page.indexOf('<section class="alert"'), page.indexOf('</section>', page.indexOf('<section class="alert"')));
    expect(box).toContain(`<strong>ALTERED</strong>: jstor-2024.pdf (<code>${documentSha256}</code>)`);
  });

  it('reports an event edited in the SQLite file, naming its stream and revision', async () => {
    tamperWith(join(api.dataDir, 'events.sqlite'), (db) => editEvent(db, `licence-${licenceId}`, 0, (data) => ({ ...data, name: 'Forged Licence' })));
    const body = await review(known.afterOriginal);
    expect(body.verification.ok).toBe(false);
    expect(body.verification.problems).toContainEqual({
      kind: 'hash-mismatch',
      streamId: `licence-${licenceId}`,
      streamRevision: 0,
      message: `stream licence-${licenceId} revision 0: content does not match its hash (altered)`,
    });
    const page = (await getReview({ asOf: known.afterOriginal, format: 'html' })).text;
    expect(page.indexOf('<section class="alert" role="alert">')).toBeLessThan(page.indexOf('<section class="licence">'));
    expect(page).toContain(`<strong>licence-${licenceId}</strong>, revision 0 (hash-mismatch)`);
  });
});
