import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppendMetadata, EventStore } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { decideSeedVocabulary, initialVocabulary, LicenceEvent, licenceStream, VOCABULARY_STREAM, VocabularyEvent } from '@era/licensing-domain';
import { LicenceChangeDocument } from '@era/projection-licences';
import { TestApi, TOKENS } from '@era/api-testing';
import { startLicensingApi } from './testing/licences';

const TOKEN = { ...TOKENS, associate: 'dev-associate-token', admin: 'dev-admin-token' } as const;
const STAFF = {
  system: { id: 'system', role: 'system' },
  associate: { id: 's-associate', role: 'associate' },
  librarian: { id: 's-librarian', role: 'librarian' },
  admin: { id: 's-admin', role: 'admin' },
} as const;
type Actor = (typeof STAFF)[keyof typeof STAFF];

const metadata = (actor: Actor, reason?: string): AppendMetadata => ({
  actor,
  correlationId: randomUUID(),
  causationId: randomUUID(),
  source: actor === STAFF.system ? 'system' : 'api',
  ...(reason ? { reason } : {}),
});

const append = (store: EventStore, stream: string, event: LicenceEvent | VocabularyEvent, actor: Actor, reason?: string) =>
  store.append(stream, [event], { expectedRevision: 'any', metadata: metadata(actor, reason) });

const JSTOR = randomUUID();
const OUP = randomUUID();
const INTERNAL_NOTE = 'Internal: at most 10% of a work per course';

/**
 * A year of licence work recorded in 2025, written before the service starts: the store takes recordedAt from its
 * clock, so the clock is set to each historical instant while that event is appended.
 */
async function recordHistory(file: string): Promise<void> {
  const store = new SqliteEventStore({ file });
  const at = async (instant: string, stream: string, event: LicenceEvent | VocabularyEvent, actor: Actor, reason?: string) => {
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.parse(instant));
    try {
      await append(store, stream, event, actor, reason);
    } finally {
      clock.mockRestore();
    }
  };
  const [seed] = decideSeedVocabulary(initialVocabulary);
  await at('2025-01-02T09:00:00Z', VOCABULARY_STREAM, seed, STAFF.system);
  await at(
    '2025-03-05T10:00:00Z',
    licenceStream(JSTOR),
    {
      type: 'LicenceDrafted',
      data: { licenceId: JSTOR, name: 'JSTOR Arts & Sciences I', licensor: 'ITHAKA', type: 'local', resourceIds: ['r-jstor', 'r-shared'] },
    },
    STAFF.associate,
  );
  await at(
    '2025-03-05T10:05:00Z',
    licenceStream(JSTOR),
    {
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: JSTOR,
        versionId: 'jstor-original',
        kind: 'original',
        label: 'Signed agreement 2024',
        effectiveFrom: '2024-01-01',
        effectiveTo: null,
        terms: {
          'ill-electronic': { value: 'prohibited-explicit', publicNote: 'Electronic ILL is not allowed', internalNote: 'Vendor refused in negotiation' },
          'course-reserves-electronic': {
            value: 'permitted-explicit-under-conditions',
            publicNote: 'Link to the article; do not upload',
            internalNote: INTERNAL_NOTE,
          },
          'concurrent-users': { value: 5 },
        },
        directedBy: 's-librarian',
      },
    },
    STAFF.associate,
  );
  await at(
    '2025-03-20T09:00:00Z',
    licenceStream(OUP),
    {
      type: 'LicenceDrafted',
      data: { licenceId: OUP, name: 'Oxford Journals', licensor: 'Oxford University Press', type: 'consortial', consortium: 'NERL', resourceIds: ['r-shared'] },
    },
    STAFF.associate,
  );
  await at(
    '2025-03-20T09:10:00Z',
    licenceStream(OUP),
    {
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: OUP,
        versionId: 'oup-original',
        kind: 'original',
        label: 'NERL agreement',
        effectiveFrom: '2025-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'permitted-interpreted' }, 'text-and-data-mining': { value: 'prohibited-explicit' } },
      },
    },
    STAFF.associate,
  );
  // 00:30 on 1 April in Berlin: no longer "March" in the library's time zone.
  await at(
    '2025-03-31T22:30:00Z',
    licenceStream(JSTOR),
    { type: 'LicenceResourcesLinked', data: { licenceId: JSTOR, resourceIds: ['r-archive'] } },
    STAFF.associate,
  );
  await at(
    '2025-06-15T08:00:00Z',
    licenceStream(JSTOR),
    {
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: JSTOR,
        versionId: 'jstor-amendment-1',
        kind: 'amendment',
        label: 'Amendment 1',
        effectiveFrom: '2025-07-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'permitted-explicit', publicNote: 'Secure electronic transmission to the borrowing library' } },
        directedBy: 's-librarian',
      },
    },
    STAFF.associate,
  );
  await at(
    '2025-06-20T12:00:00Z',
    licenceStream(JSTOR),
    { type: 'LicenceVersionConfirmed', data: { licenceId: JSTOR, versionId: 'jstor-original', corrections: 0 } },
    STAFF.librarian,
  );
  await at(
    '2025-06-21T08:00:00Z',
    licenceStream(JSTOR),
    { type: 'LicenceStatusRecorded', data: { licenceId: JSTOR, from: 'in-negotiation', to: 'active' } },
    STAFF.librarian,
    'Countersigned copy received',
  );
  await at(
    '2025-11-03T14:00:00Z',
    licenceStream(OUP),
    {
      type: 'LicenceVersionCorrected',
      data: {
        licenceId: OUP,
        versionId: 'oup-original',
        terms: { 'ill-electronic': { value: 'permitted-explicit-under-conditions', publicNote: 'Only through the consortium ILL service' } },
        reason: 'Clause 7 read again: conditions apply',
      },
    },
    STAFF.admin,
  );
  await store.close();
}

interface TermLine {
  key: string;
  label: string;
  value: unknown;
  valueLabel: string;
  versionLabel: string;
  confirmed: boolean;
  internalNote?: string;
  publicNote?: string;
}
/** An audit-trail line as the API answers it: the projection's own document. */
type ChangeLine = LicenceChangeDocument;

describe('licensing reads over HTTP (real SQLite)', () => {
  let api: TestApi;
  let dataDir: string;
  let head = 0;
  const get = (path: string, token: string = TOKEN.auditor) => api.http().get(path).set(api.as(token)).set('X-Min-Position', String(head));
  const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'era-licensing-reads-'));
    await recordHistory(join(dataDir, 'events.sqlite'));
    api = await startLicensingApi({ DATA_DIR: dataDir, LIBRARY_TIMEZONE: 'Europe/Berlin' });
    head = await api.head();
  });
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const expectProblem = (response: { status: number; headers: Record<string, string>; body: { status?: number } }, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.status).toBe(status);
  };

  describe('GET /licences', () => {
    it('lists licences in name order with version counts, for every licence reader', async () => {
      for (const token of [TOKEN.auditor, TOKEN.associate, TOKEN.librarian, TOKEN.admin]) {
        const response = await get('/licences', token);
        expect(response.status).toBe(200);
        expect(response.body.items.map((item: { name: string }) => item.name)).toEqual(['JSTOR Arts & Sciences I', 'Oxford Journals']);
      }
      const response = await get('/licences');
      expect(response.body.items[0]).toEqual({
        id: JSTOR,
        name: 'JSTOR Arts & Sciences I',
        licensor: 'ITHAKA',
        type: 'local',
        status: 'active',
        lifecycle: 'active',
        resourceIds: ['r-jstor', 'r-shared', 'r-archive'],
        versionCount: 2,
        unconfirmedVersionCount: 1,
        revision: 5,
      });
      expect(response.body.items[1]).toMatchObject({ id: OUP, type: 'consortial', consortium: 'NERL', versionCount: 1, unconfirmedVersionCount: 1 });
      expect(Number(response.headers['x-projection-position'])).toBeGreaterThanOrEqual(head);
    });

    it('filters by status, type and licensor, and pages with a cursor', async () => {
      expect((await get('/licences?status=active')).body.items.map((item: { id: string }) => item.id)).toEqual([JSTOR]);
      expect((await get('/licences?type=consortial')).body.items.map((item: { id: string }) => item.id)).toEqual([OUP]);
      expect((await get('/licences?lifecycle=active')).body.items.map((item: { id: string }) => item.id)).toEqual([JSTOR]);
      expect((await get('/licences?status=lapsed')).body.items).toEqual([]);
      expect((await get('/licences?licensor=Oxford%20University%20Press')).body.items.map((item: { id: string }) => item.id)).toEqual([OUP]);
      const first = await get('/licences?limit=1');
      expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([JSTOR]);
      const second = await get(`/licences?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([OUP]);
      expect(second.body.nextCursor).toBeUndefined();
    });

    it('refuses students and desk staff with 403, and anyone without a token with 401', async () => {
      expectProblem(await get('/licences', TOKEN.student), 403);
      expectProblem(await get('/licences', TOKEN.desk), 403);
      expectProblem(await api.http().get('/licences'), 401);
    });

    it.each([
      ['an unknown lifecycle (statuses are a list a library extends; lifecycles are fixed)', 'lifecycle=lapsed'],
      ['a limit over the maximum', 'limit=501'],
      ['a forged cursor', 'cursor=abc'],
      ['an unknown parameter', 'patron=jane'],
    ])('refuses %s with 400 problem+json', async (_, query) => {
      expectProblem(await get(`/licences?${query}`), 400);
    });
  });

  describe('GET /licences/:id', () => {
    it('shows details, every version with confirmation and provenance, and the terms in force today', async () => {
      const response = await get(`/licences/${JSTOR}`, TOKEN.associate);
      expect(response.status).toBe(200);
      expect(response.headers.etag).toBe('"5"');
      const licence = response.body;
      expect(licence).toMatchObject({ id: JSTOR, name: 'JSTOR Arts & Sciences I', status: 'active', revision: 5 });
      expect(licence.drafted).toEqual({ actorId: 's-associate', actorRole: 'associate', recordedAt: '2025-03-05T10:00:00.000Z' });
      expect(licence.versions.map((v: { versionId: string; confirmed: boolean }) => [v.versionId, v.confirmed])).toEqual([
        ['jstor-original', true],
        ['jstor-amendment-1', false],
      ]);
      expect(licence.versions[0]).toMatchObject({
        recorded: { actorId: 's-associate', directedBy: 's-librarian', recordedAt: '2025-03-05T10:05:00.000Z' },
        confirmation: { actorId: 's-librarian', actorRole: 'librarian', recordedAt: '2025-06-20T12:00:00.000Z' },
        corrections: 0,
        documents: [],
        signatures: [],
      });
      expect(licence.versions[0].terms.map((t: TermLine) => t.key)).toEqual(['concurrent-users', 'course-reserves-electronic', 'ill-electronic']);
      const today = licence.termsInForceToday;
      expect(today).toMatchObject({ effectiveOn: berlinToday(), inForce: true });
      expect(today.terms.map((t: TermLine) => [t.key, t.valueLabel, t.versionLabel, t.confirmed])).toEqual([
        ['concurrent-users', '5', 'Signed agreement 2024', true],
        ['course-reserves-electronic', 'Permitted (explicit) under conditions', 'Signed agreement 2024', true],
        ['ill-electronic', 'Permitted (explicit)', 'Amendment 1', false],
      ]);
      expect(today.terms[1]).toMatchObject({ label: 'Course reserves electronic', valueType: 'permission', internalNote: INTERNAL_NOTE });
    });

    it('answers 404 problem+json for an unknown licence, and 403 to a student', async () => {
      expectProblem(await get(`/licences/${randomUUID()}`), 404);
      expectProblem(await get(`/licences/${JSTOR}`, TOKEN.student), 403);
    });
  });

  describe('GET /licences/:id/terms (bitemporal)', () => {
    const terms = (licenceId: string, query: Record<string, string>) => api.http().get(`/licences/${licenceId}/terms`).query(query).set(api.as(TOKEN.auditor));
    const illElectronic = async (licenceId: string, effectiveOn: string, knownAt: string) => {
      const response = await terms(licenceId, { effectiveOn, knownAt });
      if (response.status === 404) return 'unknown licence';
      expect(response.status).toBe(200);
      if (!response.body.inForce) return 'not in force';
      return (response.body.terms as TermLine[]).find((term) => term.key === 'ill-electronic')?.value ?? 'silent';
    };

    it.each([
      ['2025-06-01', '2025-03-01T00:00:00Z', 'unknown licence'],
      ['2025-06-01', '2025-03-20T09:05:00Z', 'not in force'],
      ['2024-12-31', '2025-12-01T00:00:00Z', 'not in force'],
      ['2025-06-01', '2025-06-01T00:00:00+02:00', 'permitted-interpreted'],
      ['2025-06-01', '2025-11-03T13:59:59.999Z', 'permitted-interpreted'],
      ['2025-06-01', '2025-11-03T14:00:00Z', 'permitted-explicit-under-conditions'],
      ['2025-06-01', '2025-11-04T00:00:00+01:00', 'permitted-explicit-under-conditions'],
    ])('Oxford Journals on %s as known at %s: %s', async (effectiveOn, knownAt, expected) => {
      expect(await illElectronic(OUP, effectiveOn, knownAt)).toBe(expected);
    });

    it.each([
      ['2025-06-30', '2025-12-01T00:00:00Z', 'prohibited-explicit'],
      ['2025-07-01', '2025-06-14T00:00:00Z', 'prohibited-explicit'],
      ['2025-07-01', '2025-06-16T00:00:00Z', 'permitted-explicit'],
    ])('JSTOR on %s as known at %s: %s (the amendment applies from 1 July 2025)', async (effectiveOn, knownAt, expected) => {
      expect(await illElectronic(JSTOR, effectiveOn, knownAt)).toBe(expected);
    });

    it('answers every term in force, sorted by key, with labels, notes, version and confirmation as known then', async () => {
      const before = await terms(JSTOR, { effectiveOn: '2025-07-01', knownAt: '2025-06-19T00:00:00Z' });
      expect(before.body).toMatchObject({ licenceId: JSTOR, effectiveOn: '2025-07-01', knownAt: '2025-06-19T00:00:00.000Z', inForce: true });
      expect(before.body.terms.map((t: TermLine) => t.key)).toEqual(['concurrent-users', 'course-reserves-electronic', 'ill-electronic']);
      expect(before.body.terms[2]).toEqual({
        key: 'ill-electronic',
        label: 'ILL electronic',
        valueType: 'permission',
        value: 'permitted-explicit',
        valueLabel: 'Permitted (explicit)',
        publicNote: 'Secure electronic transmission to the borrowing library',
        versionId: 'jstor-amendment-1',
        versionLabel: 'Amendment 1',
        versionKind: 'amendment',
        confirmed: false,
      });
      expect(before.body.terms[1]).toMatchObject({ internalNote: INTERNAL_NOTE, confirmed: false });
      const after = await terms(JSTOR, { effectiveOn: '2025-07-01', knownAt: '2025-06-20T12:00:00Z' });
      expect(after.body.terms[1]).toMatchObject({ key: 'course-reserves-electronic', confirmed: true });
    });

    it('defaults to today and now', async () => {
      const response = await terms(OUP, {});
      expect(response.status).toBe(200);
      expect(response.body.effectiveOn).toBe(berlinToday());
      expect(Date.parse(response.body.knownAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(response.body.terms.map((t: TermLine) => [t.key, t.value])).toEqual([
        ['ill-electronic', 'permitted-explicit-under-conditions'],
        ['text-and-data-mining', 'prohibited-explicit'],
      ]);
    });

    it.each([
      ['an impossible date', { effectiveOn: '2025-02-30' }],
      ['a date in another format', { effectiveOn: '01/07/2025' }],
      ['an instant without offset', { knownAt: '2025-06-01T00:00:00' }],
      ['an instant that is no time', { knownAt: '2025-06-01T25:00:00Z' }],
      ['a knownAt that is a date', { knownAt: '2025-06-01' }],
    ])('refuses %s with 400 problem+json', async (_, query) => {
      expectProblem(await terms(JSTOR, query), 400);
    });

    it('answers 404 for a licence that never existed, and 403 to desk staff', async () => {
      expectProblem(await terms(randomUUID(), {}), 404);
      expectProblem(await api.http().get(`/licences/${JSTOR}/terms`).set(api.as(TOKEN.desk)), 403);
    });
  });

  describe('audit trail', () => {
    const lines = (response: { body: { items: ChangeLine[] } }) => response.body.items;

    it("shows one licence's changes in log order, in words, with who, role, on whose direction, when and why", async () => {
      const response = await get(`/licences/${JSTOR}/audit-trail`);
      expect(response.status).toBe(200);
      const trail = lines(response);
      expect(trail.map((line) => line.position)).toEqual([...trail.map((line) => line.position)].sort((a, b) => a - b));
      expect(new Set(trail.map((line) => line.licenceId))).toEqual(new Set([JSTOR]));
      expect(trail.find((line) => line.kind === 'version-recorded' && line.termKey === 'ill-electronic' && line.before !== null)).toMatchObject({
        field: 'term',
        before: { value: 'prohibited-explicit' },
        after: { value: 'permitted-explicit' },
        actorId: 's-associate',
        actorRole: 'associate',
        directedBy: 's-librarian',
        recordedAt: '2025-06-15T08:00:00.000Z',
        summary: 'ILL electronic: Prohibited (explicit) → Permitted (explicit) (version "Amendment 1", effective 2025-07-01)',
      });
      expect(trail.find((line) => line.kind === 'status-recorded')).toMatchObject({
        before: 'in-negotiation',
        after: 'active',
        reason: 'Countersigned copy received',
        actorRole: 'librarian',
        summary: 'Status: in negotiation → active',
      });
    });

    it('filters by actor, by term, by time range, and across licences', async () => {
      const byLibrarian = lines(await get(`/licences/${JSTOR}/audit-trail?actor=s-librarian`));
      expect(byLibrarian.map((line) => line.kind)).toEqual(['version-confirmed', 'status-recorded']);

      // "Every change that ILL electronic underwent in 2025", across licences.
      const ill2025 = lines(await get('/licence-audit-trail?term=ill-electronic&from=2025-01-01&to=2025-12-31'));
      expect(ill2025.map((line) => [line.licenceId, line.kind, line.summary])).toEqual([
        [JSTOR, 'version-recorded', 'ILL electronic: not recorded → Prohibited (explicit) (version "Signed agreement 2024", effective 2024-01-01)'],
        [OUP, 'version-recorded', 'ILL electronic: not recorded → Permitted (interpreted) (version "NERL agreement", effective 2025-01-01)'],
        [JSTOR, 'version-recorded', 'ILL electronic: Prohibited (explicit) → Permitted (explicit) (version "Amendment 1", effective 2025-07-01)'],
        // The original that states ILL electronic was confirmed: that bears on the term's answer too.
        [JSTOR, 'version-confirmed', 'Confirmation: unconfirmed → confirmed (version "Signed agreement 2024")'],
        [
          OUP,
          'version-corrected',
          'ILL electronic: Permitted (interpreted) → Permitted (explicit) under conditions (version "NERL agreement", effective 2025-01-01)',
        ],
      ]);
      expect(ill2025[4]).toMatchObject({ actorId: 's-admin', reason: 'Clause 7 read again: conditions apply' });
      expect(lines(await get('/licence-audit-trail?term=ill-electronic&from=2026-01-01&to=2026-12-31'))).toEqual([]);

      // "Everything this person recorded last March", in the library's time zone.
      const march = lines(await get('/licence-audit-trail?actor=s-associate&from=2025-03-01&to=2025-03-31'));
      expect(new Set(march.map((line) => line.licenceId))).toEqual(new Set([JSTOR, OUP]));
      expect(march.every((line) => line.recordedAt.startsWith('2025-03-'))).toBe(true);
      expect(march.some((line) => line.kind === 'resources-linked')).toBe(false);
      const marchUtc = lines(await get('/licence-audit-trail?actor=s-associate&from=2025-03-01T00:00:00Z&to=2025-03-31T23:59:59Z'));
      expect(marchUtc.filter((line) => line.kind === 'resources-linked').map((line) => line.summary)).toEqual(['E-resources: linked r-archive']);
      expect(marchUtc.length).toBe(march.length + 1);

      const oupOnly = lines(await get(`/licence-audit-trail?licenceId=${OUP}&actor=s-admin`));
      expect(oupOnly.map((line) => [line.kind, line.termKey])).toEqual([['version-corrected', 'ill-electronic']]);
    });

    it('pages in log order with a cursor', async () => {
      const all = lines(await get(`/licences/${OUP}/audit-trail`));
      const first = await get(`/licences/${OUP}/audit-trail?limit=3`);
      const second = await get(`/licences/${OUP}/audit-trail?limit=100&cursor=${first.body.nextCursor}`);
      expect([...lines(first), ...lines(second)].map((line) => line.id)).toEqual(all.map((line) => line.id));
    });

    it('answers 404 for an unknown licence, 400 for a bad period, 403 to a student', async () => {
      expectProblem(await get(`/licences/${randomUUID()}/audit-trail`), 404);
      expectProblem(await get('/licence-audit-trail?from=2025-12-31&to=2025-01-01'), 400);
      expectProblem(await get('/licence-audit-trail?from=2025-02-30'), 400);
      expectProblem(await get('/licence-audit-trail?to=last-march'), 400);
      expectProblem(await get('/licence-audit-trail', TOKEN.student), 403);
    });
  });

  describe('GET /e-resources/:resourceId/permitted-uses', () => {
    it('tells a student what each licence of the resource says today about a use, with public notes only', async () => {
      const response = await get('/e-resources/r-shared/permitted-uses?use=ill-electronic', TOKEN.student);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ resourceId: 'r-shared', use: 'ill-electronic', effectiveOn: berlinToday() });
      expect(response.body.licences).toEqual([
        {
          licenceId: JSTOR,
          licenceName: 'JSTOR Arts & Sciences I',
          licenceStatus: 'active',
          applies: true,
          inForce: true,
          term: { key: 'ill-electronic', label: 'ILL electronic' },
          value: 'permitted-explicit',
          valueLabel: 'Permitted (explicit)',
          publicNote: 'Secure electronic transmission to the borrowing library',
          confirmed: false,
          versionLabel: 'Amendment 1',
        },
        // Still in negotiation: whatever its draft says, it answers nothing at the desk.
        {
          licenceId: OUP,
          licenceName: 'Oxford Journals',
          licenceStatus: 'in-negotiation',
          applies: false,
          notApplicableBecause: 'the licence is in negotiation, not active',
          inForce: true,
          term: { key: 'ill-electronic', label: 'ILL electronic' },
          value: null,
          valueLabel: 'Does not apply: the licence is in negotiation, not active',
          confirmed: false,
        },
      ]);
      expect(response.body.answer).toEqual({
        value: 'permitted-explicit',
        valueLabel: 'Permitted (explicit)',
        publicNote: 'Secure electronic transmission to the borrowing library',
        confirmed: false,
      });
    });

    it('answers nothing from a licence that is rejected, terminated or expired, and says so', async () => {
      const rejected = await api
        .http()
        .post('/licences')
        .set(api.as(TOKEN.associate))
        .send({ name: 'Rejected offer', licensor: 'Vendor', type: 'local', resourceIds: ['r-rejected'] });
      const id = rejected.body.id as string;
      const version = {
        kind: 'original',
        label: 'Offer',
        effectiveFrom: '2020-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'permitted-explicit' } },
      };
      expect((await api.http().post(`/licences/${id}/versions`).set(api.as(TOKEN.associate)).send(version)).status).toBe(201);
      const moved = await api.http().post(`/licences/${id}/status-transitions`).set(api.as(TOKEN.associate)).send({ to: 'rejected', reason: 'too expensive' });
      expect(moved.status).toBe(200);
      const response = await api
        .http()
        .get('/e-resources/r-rejected/permitted-uses?use=ill-electronic')
        .set(api.as(TOKEN.student))
        .set('X-Min-Position', String(moved.body.position));
      expect(response.body.answer).toEqual({ value: null, valueLabel: 'No licence in force covers this resource today', confirmed: false });
      expect(response.body.licences).toEqual([
        expect.objectContaining({ applies: false, value: null, notApplicableBecause: 'the licence is rejected, not active' }),
      ]);
    });

    it('never lets an internal note reach the desk, and says when a licence states nothing about the use', async () => {
      const response = await get('/e-resources/r-shared/permitted-uses?use=course-reserves-electronic', TOKEN.desk);
      expect(response.status).toBe(200);
      expect(response.body.licences.map((use: { licenceId: string; value: unknown; confirmed: boolean }) => [use.licenceId, use.value, use.confirmed])).toEqual(
        [
          [JSTOR, 'permitted-explicit-under-conditions', true],
          [OUP, null, false],
        ],
      );
      expect(response.body.licences[0].publicNote).toBe('Link to the article; do not upload');
      const everything = await get('/e-resources/r-shared/permitted-uses', TOKEN.student);
      expect(everything.body.licences.map((use: { licenceId: string; term: { key: string } | null }) => [use.licenceId, use.term?.key ?? null])).toEqual([
        [JSTOR, 'concurrent-users'],
        [JSTOR, 'course-reserves-electronic'],
        [JSTOR, 'ill-electronic'],
        [OUP, null],
      ]);
      for (const body of [JSON.stringify(response.body), JSON.stringify(everything.body)]) {
        expect(body).not.toContain('internalNote');
        expect(body).not.toContain(INTERNAL_NOTE);
        expect(body).not.toContain('Vendor refused');
      }
    });

    it('answers an empty list for a resource no licence names, and 422 for a use outside the vocabulary', async () => {
      const unknown = await get('/e-resources/r-nobody-knows/permitted-uses?use=ill-electronic', TOKEN.student);
      expect(unknown.status).toBe(200);
      expect(unknown.body).toMatchObject({ resourceId: 'r-nobody-knows', licences: [] });
      const response = await get('/e-resources/r-shared/permitted-uses?use=photocopy-everything', TOKEN.student);
      expectProblem(response, 422);
      expect(response.body.type).toMatch(/unknown-term$/);
    });
  });

  describe('GET /licence-terms', () => {
    it('lists the vocabulary by key with value types, to everyone', async () => {
      for (const token of [TOKEN.student, TOKEN.desk, TOKEN.auditor]) {
        const response = await get('/licence-terms', token);
        expect(response.status).toBe(200);
        const keys = response.body.terms.map((term: { key: string }) => term.key);
        expect(keys).toEqual([...keys].sort());
        expect(response.body.terms.find((term: { key: string }) => term.key === 'ill-electronic')).toMatchObject({
          label: 'ILL electronic',
          valueType: 'permission',
          category: 'Interlibrary loan',
          deprecated: false,
        });
      }
    });
  });

  it('shows the default vocabulary on a fresh service, before anything has seeded it into the log', async () => {
    const fresh = await startLicensingApi();
    try {
      const response = await fresh.http().get('/licence-terms').set(fresh.as(TOKEN.student));
      expect(response.status).toBe(200);
      expect(response.body.seeded).toBe(false);
      expect(response.body.terms.map((term: { key: string }) => term.key)).toEqual(expect.arrayContaining(['ill-electronic', 'text-and-data-mining']));
      expect(await fresh.head()).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  describe('read-your-writes after writes through the API', () => {
    const post = (path: string, body: object, token: string = TOKEN.associate) => api.http().post(path).set(api.as(token)).send(body);

    it('shows a drafted licence, its version, its confirmation and a deprecated term as soon as each write answers', async () => {
      const drafted = await post('/licences', { name: 'Project MUSE', licensor: 'Johns Hopkins University Press', type: 'local', resourceIds: ['r-muse'] });
      expect(drafted.status).toBe(201);
      const muse = drafted.body.id as string;
      // Projections run in this process: a write answers once they reflect it, so no X-Min-Position is needed.
      const listed = await api.http().get('/licences').set(api.as(TOKEN.auditor));
      expect(listed.body.items.map((item: { name: string }) => item.name)).toContain('Project MUSE');

      const recorded = await post(`/licences/${muse}/versions`, {
        kind: 'original',
        label: 'MUSE 2026',
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
        terms: { 'ill-print': { value: 'permitted-explicit', publicNote: 'Print ILL is fine', internalNote: 'Negotiated by phone with J.' } },
        directedBy: 's-librarian',
      });
      expect(recorded.status).toBe(201);
      const versionId = recorded.body.versionId as string;
      const trail = (await api.http().get(`/licences/${muse}/audit-trail?term=ill-print`).set(api.as(TOKEN.auditor))).body.items as ChangeLine[];
      expect(trail).toEqual([
        expect.objectContaining({
          kind: 'version-recorded',
          actorId: 's-associate',
          actorRole: 'associate',
          directedBy: 's-librarian',
          summary: 'ILL print: not recorded → Permitted (explicit) (version "MUSE 2026", effective 2026-01-01)',
        }),
      ]);

      const use = () => api.http().get('/e-resources/r-muse/permitted-uses?use=ill-print').set(api.as(TOKEN.student));
      expect((await use()).body.licences).toEqual([expect.objectContaining({ licenceId: muse, applies: false, value: null })]);
      expect((await post(`/licences/${muse}/status-transitions`, { to: 'active' })).status).toBe(200);
      expect((await use()).body.licences).toEqual([
        expect.objectContaining({ licenceId: muse, value: 'permitted-explicit', publicNote: 'Print ILL is fine', confirmed: false, versionLabel: 'MUSE 2026' }),
      ]);
      expect(JSON.stringify((await use()).body)).not.toContain('Negotiated by phone');
      expect((await post(`/licences/${muse}/versions/${versionId}/confirmations`, {}, TOKEN.librarian)).status).toBe(200);
      expect((await use()).body.licences[0].confirmed).toBe(true);

      const deprecation = await post('/licence-terms/course-packs-print/deprecations', { reason: 'No longer negotiated' }, TOKEN.librarian);
      expect(deprecation.status).toBe(200);
      const terms = await api.http().get('/licence-terms').set(api.as(TOKEN.student));
      expect(terms.body.terms.find((term: { key: string }) => term.key === 'course-packs-print')).toMatchObject({
        deprecated: true,
        deprecationReason: 'No longer negotiated',
      });
    });

    it('waits for the position a client names in X-Min-Position, and says what the answer reflects', async () => {
      const linked = await api
        .http()
        .post(`/licences/${OUP}/resources`)
        .set(api.as(TOKEN.associate))
        .send({ resourceIds: ['r-oup-only'] });
      expect(linked.status).toBe(200);
      const position = linked.body.position as number;
      const uses = await api.http().get('/e-resources/r-oup-only/permitted-uses').set(api.as(TOKEN.student)).set('X-Min-Position', String(position));
      expect(Number(uses.headers['x-projection-position'])).toBeGreaterThanOrEqual(position);
      expect(uses.body.licences.map((use: { licenceId: string; applies: boolean }) => [use.licenceId, use.applies])).toEqual([[OUP, false]]);
      const licence = await api.http().get(`/licences/${OUP}`).set(api.as(TOKEN.auditor)).set('X-Min-Position', String(position));
      expect(licence.headers.etag).toBe(`"${linked.body.revision}"`);
      expect(licence.body.resourceIds).toEqual(['r-shared', 'r-oup-only']);
    });

    it('refuses an X-Min-Position that is no position', async () => {
      expectProblem(await api.http().get('/licences').set(api.as(TOKEN.auditor)).set('X-Min-Position', 'soon'), 400);
    });
  });
});
