import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startTestApi, TestApi } from '@era/api-testing';
import { AppendMetadata, EventStore } from '@era/event-store';
import { editEvent, tamperWith } from '@era/event-store-sqlite/testing';
import { ComplianceReviewModule } from '@era/licensing';
import { DEFAULT_LICENCE_TERMS, DEFAULT_VOCABULARY_SEED, LicenceEvent, licenceStream, VOCABULARY_STREAM } from '@era/licensing-domain';
import { OpenStores } from '@era/platform';
import { ALL_PROJECTIONS, ALL_UPCASTERS } from '@era/projection-catalogue';
import { captureIo, openTestStores, sleep, tempDataDir, TempDataDir } from '../testing/cli-fixtures';
import { review, ReviewCommandOptions } from './review';

const LICENCE = 'a1c0ffee-0000-4000-8000-000000000001';
const ORIGINAL = 'a1c0ffee-0000-4000-8000-0000000000a1';
const AMENDMENT = 'a1c0ffee-0000-4000-8000-0000000000a2';

const as = (id: string, role: string): AppendMetadata => ({ actor: { id, role }, correlationId: 'c', causationId: 'c', source: 'api' });

describe('era review', () => {
  let dir: TempDataDir;
  let stores: OpenStores;
  /** The API's review routes over the same data folder, to compare bytes with. */
  let api: TestApi;
  const signed = Buffer.from('%PDF-1.7\nsigned agreement\n%%EOF\n');
  let sha256 = '';
  /** recordedAt of the original's document and of the amendment. */
  let afterOriginal = '';
  let afterAmendment = '';

  const appendLicence = async (events: EventStore, event: LicenceEvent, metadata = as('s-associate', 'associate')) => {
    await sleep(3);
    const appended = await events.append(licenceStream(LICENCE), [event], { expectedRevision: 'any', metadata });
    return appended.events[0].metadata.recordedAt;
  };

  beforeAll(async () => {
    dir = tempDataDir();
    stores = await openTestStores(dir.path);
    await stores.events.append(
      VOCABULARY_STREAM,
      [{ type: 'LicenceTermVocabularySeeded', data: { seed: DEFAULT_VOCABULARY_SEED, terms: DEFAULT_LICENCE_TERMS } }],
      {
        expectedRevision: 'no_stream',
        metadata: { ...as('system', 'system'), source: 'system' },
      },
    );
    sha256 = (await stores.documents.put(Readable.from([signed]), { maxBytes: 1_000_000 })).sha256;
    await appendLicence(stores.events, {
      type: 'LicenceDrafted',
      data: { licenceId: LICENCE, name: 'Wiley <Online> Library', licensor: 'Wiley', type: 'local', resourceIds: ['wiley-ol'] },
    });
    await appendLicence(stores.events, {
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: LICENCE,
        versionId: ORIGINAL,
        kind: 'original',
        label: 'Agreement 2024',
        effectiveFrom: '2024-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'prohibited-explicit' } },
        directedBy: 's-librarian',
      },
    });
    afterOriginal = await appendLicence(stores.events, {
      type: 'LicenceDocumentAttached',
      data: {
        licenceId: LICENCE,
        versionId: ORIGINAL,
        sha256,
        fileName: 'agreement.pdf',
        mediaType: 'application/pdf',
        sizeBytes: signed.length,
        documentType: 'licence',
      },
    });
    afterAmendment = await appendLicence(stores.events, {
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: LICENCE,
        versionId: AMENDMENT,
        kind: 'amendment',
        label: 'Amendment 1',
        effectiveFrom: '2025-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'permitted-explicit' } },
      },
    });

    api = await startTestApi(
      { features: [ComplianceReviewModule], projections: ALL_PROJECTIONS, upcasters: ALL_UPCASTERS },
      { DATA_DIR: dir.path, ERA_MODE: 'api' },
    );
  });
  afterAll(async () => {
    await stores?.close();
    await api?.close();
    dir.remove();
  });

  async function run(options: Partial<ReviewCommandOptions>) {
    const io = captureIo();
    const code = await review(stores, { timeZone: 'UTC', ...options }, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  const fromApi = (asOf: string, format: 'json' | 'html', effectiveOn?: string) =>
    api
      .http()
      .get(`/licences/${LICENCE}/compliance-review`)
      .query({ asOf, format, ...(effectiveOn ? { effectiveOn } : {}) })
      .set('Authorization', 'Bearer dev-auditor-token');

  it('prints the review of one licence as JSON: what was known at asOf, for the effective date asked for', async () => {
    const { code, out, err } = await run({ asOf: afterOriginal, licence: LICENCE, effectiveOn: '2025-03-01' });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const report = JSON.parse(out);
    expect(report).toMatchObject({ format: 'era-compliance-review/3', licenceId: LICENCE, asOf: afterOriginal, effectiveOn: '2025-03-01' });
    expect(report.licences[0].effectiveTerms).toMatchObject([{ key: 'ill-electronic', valueLabel: 'Prohibited (explicit)', confirmed: false }]);
    expect(report.licences[0].versions[0].documents).toMatchObject([{ fileName: 'agreement.pdf', sha256, integrity: 'intact' }]);
    expect(report.verification).toMatchObject({ ok: true, eventsCheckedUpToAsOf: 4, problems: [] });
    const later = JSON.parse((await run({ asOf: afterAmendment, effectiveOn: '2025-03-01' })).out);
    expect(later.licences[0].effectiveTerms).toMatchObject([{ key: 'ill-electronic', valueLabel: 'Permitted (explicit)', version: { versionId: AMENDMENT } }]);
  });

  it('prints exactly the bytes the API answers, as JSON and as HTML', async () => {
    for (const format of ['json', 'html'] as const) {
      const cli = await run({ asOf: afterAmendment, licence: LICENCE, effectiveOn: '2025-01-15', format });
      const http = await fromApi(afterAmendment, format, '2025-01-15');
      expect(http.status).toBe(200);
      expect(`${cli.out}\n`).toBe(http.text);
    }
  });

  it('writes the same bytes to a file with --out, and says where with the digest', async () => {
    const file = join(dir.path, 'review.html');
    const { code, out } = await run({ asOf: afterAmendment, licence: LICENCE, format: 'html', out: file });
    expect(code).toBe(0);
    const http = await fromApi(afterAmendment, 'html');
    expect(readFileSync(file, 'utf8')).toBe(http.text);
    expect(out.split('\n')).toEqual([
      `review as of ${afterAmendment} (terms effective on ${afterAmendment.slice(0, 10)}) written to ${file}`,
      `review digest ${http.headers['x-review-digest']}`,
    ]);
  });

  it('reviews every licence without --licence, and is the same when run twice', async () => {
    const first = await run({ asOf: afterAmendment, format: 'html' });
    const second = await run({ asOf: afterAmendment, format: 'html' });
    expect(first.code).toBe(0);
    expect(second.out).toBe(first.out);
    expect(first.out).toContain('<h2>Wiley &lt;Online&gt; Library</h2>');
    expect(first.out).toContain('UNCONFIRMED');
  });

  it.each([
    [{}, 'error: --as-of is required: a calendar date YYYY-MM-DD or an ISO-8601 instant with an offset'],
    [{ asOf: '2025-02-30' }, 'error: --as-of 2025-02-30 is not a calendar date'],
    [{ asOf: '2999-01-01' }, /^error: --as-of 2999-01-01 is in the future/],
    [{ asOf: '2025-03-31', effectiveOn: 'soon' }, 'error: --effective-on must be a calendar date YYYY-MM-DD; got soon'],
    [{ asOf: '2025-03-31', format: 'pdf' }, 'error: --format must be json or html; got pdf'],
    [{ asOf: '2023-12-31', licence: LICENCE }, `error: licence ${LICENCE} was not on record as of 2023-12-31T23:59:59.999Z`],
  ])('refuses %j with exit code 1 and one clear line', async (options, message) => {
    const { code, out, err } = await run(options);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toMatch(message);
  });

  it('exits 2 when a stored event has been edited, still printing the review that names it', async () => {
    tamperWith(join(dir.path, 'events.sqlite'), (db) => editEvent(db, licenceStream(LICENCE), 3, (data) => ({ ...data, label: 'Forged' })));
    const { code, out, err } = await run({ asOf: afterOriginal, licence: LICENCE });
    expect(code).toBe(2);
    expect(err).toBe('TAMPERED: the review found the event log, a ledger seal or a signed document altered (see its verification)');
    const report = JSON.parse(out);
    expect(report.verification).toMatchObject({
      ok: false,
      problems: [{ kind: 'hash-mismatch', streamId: licenceStream(LICENCE), streamRevision: 3 }],
    });
  });
});
