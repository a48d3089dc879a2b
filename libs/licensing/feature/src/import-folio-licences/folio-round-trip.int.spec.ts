import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { licenceStream } from '@era/licensing-domain';
import { FOLIO_FIXTURES, folioFixture } from '@era/licensing-folio/testing';
import { READ_STORE } from '@era/platform';
import { liveView } from '@era/projection-engine';
import { LICENCE_COLLECTIONS, LICENCES_PROJECTION } from '@era/projection-licences';
import { ReadDocument, ReadStore } from '@era/read-store';
import { aVersion, licenceWithVersion, startLicensingApi } from '../testing/licences';
import { FolioImportReport } from './folio-import-report';

/**
 * The "done when", over HTTP and real SQLite: FOLIO's public sample and test licences imported with nothing
 * lost or refused; exported; the export imported into a fresh ledger gives the same licences in the read model; the
 * second ledger exports the same bytes; re-importing appends nothing; a changed record appends corrections only; a
 * dry run appends nothing.
 */
/**
 * Licences of the fixtures that the licence rules refuse whole, by source id, with the rule: none. FOLIO's active
 * licences without a licensor are recorded as they stand (the licensor is required when this ledger activates a
 * licence), and its organisation without a role takes the role "not stated". Kept so that a rule that starts refusing
 * a fixture fails here by name.
 */
const REFUSED_BY_THE_RULES: readonly [string, string][] = [];
const refusedByTheRules = new Set(REFUSED_BY_THE_RULES.map(([sourceId]) => sourceId));

describe('FOLIO licences: import, export, import of the export (HTTP, real SQLite)', () => {
  let first: TestApi;
  let second: TestApi;
  const fixtures = Object.values(FOLIO_FIXTURES);

  beforeAll(async () => {
    [first, second] = await Promise.all([startLicensingApi(), startLicensingApi()]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  const importing = (api: TestApi, body: unknown, query = '') =>
    api.http().post(`/imports/folio-licences${query}`).set(api.as(TOKENS.librarian)).set('Content-Type', 'application/json').send(JSON.stringify(body));

  async function imported(api: TestApi, body: unknown, query = ''): Promise<FolioImportReport> {
    const response = await importing(api, body, query);
    expect(response.status).toBe(200);
    return response.body as FolioImportReport;
  }

  /** The export exactly as answered: its bytes. */
  async function exported(api: TestApi): Promise<string> {
    const response = await api.http().get('/licences?format=folio').set(api.as(TOKENS.librarian)).buffer(true);
    expect(response.status).toBe(200);
    return response.text;
  }

  /**
   * The licences read model's documents, less what necessarily differs between two ledgers: the document's `revision`,
   * `lastPosition` and `updatedAt` and the engine's `_position` (where in that ledger's log it stands), and in every
   * provenance object (drafted, recorded, lastCorrected, confirmed, attached, referenced, removed, …) its `recordedAt`
   * (when that ledger recorded it). Nothing else: not the actor, not the source record's ids and times.
   */
  async function licenceDocuments(api: TestApi): Promise<unknown[]> {
    const reads = api.app.get<ReadStore>(READ_STORE);
    const view = await liveView(reads, LICENCES_PROJECTION);
    const documents: unknown[] = [];
    for await (const document of view.findAll<ReadDocument>(LICENCE_COLLECTIONS.licences)) documents.push(withoutLedgerOwn(document));
    return documents;
  }

  const withoutLedgerOwn = (document: ReadDocument): unknown => {
    const {
      revision: _revision,
      lastPosition: _lastPosition,
      updatedAt: _updatedAt,
      _position,
      ...licence
    } = document as ReadDocument & Record<string, unknown>;
    return withoutRecordedAt(licence);
  };

  const withoutRecordedAt = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutRecordedAt);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, inner]) => !(key === 'recordedAt' && typeof inner === 'string'))
        .map(([key, inner]) => [key, withoutRecordedAt(inner)]),
    );
  };

  /** Every licence refused whole, and every value refused or lost, beyond the licences the rules refuse (above). */
  const refusals = (report: FolioImportReport) =>
    report.licences
      .filter((licence) => !refusedByTheRules.has(licence.sourceId))
      .flatMap((licence) => [
        ...(licence.outcome === 'refused' ? [`${licence.sourceId}: ${JSON.stringify(licence.refusal)}`] : []),
        ...licence.report.filter((line) => line.outcome === 'refused').map((line) => `${line.sourceId} ${line.path}: ${line.detail}`),
      ]);
  const importable = fixtures.length - REFUSED_BY_THE_RULES.length;

  let firstExport: string;

  it('imports every fixture with no value lost or refused (but the licences the rules refuse whole), recorded by the librarian as an import with each record’s provenance', async () => {
    const response = await importing(first, fixtures);
    expect(response.status).toBe(200);
    const report = response.body as FolioImportReport;
    expect(report.position).toBe(await first.head());
    expect(response.headers['x-event-position']).toBe(String(report.position));
    expect(refusals(report)).toEqual([]);
    const refusedWhole = report.licences.filter((licence) => licence.outcome === 'refused').map((licence) => [licence.sourceId, licence.refusal?.code]);
    expect(refusedWhole).toEqual(REFUSED_BY_THE_RULES);
    expect(report.counts.licences).toEqual({ imported: importable, updated: 0, unchanged: 0, refused: REFUSED_BY_THE_RULES.length });
    expect(report.appended).toBeGreaterThan(0);
    const licence = report.licences.find((candidate) => candidate.outcome === 'imported');
    if (!licence) throw new Error('no licence imported');
    const [drafted] = await collect(first.events.readStream(licenceStream(licence.licenceId)));
    expect(drafted).toMatchObject({
      type: 'LicenceDrafted',
      metadata: { actor: { id: 's-librarian', role: 'librarian' }, source: 'import', imported: { system: 'folio', id: licence.sourceId } },
    });
  });

  it('exports FOLIO licence JSON that a fresh ledger imports into the very same licences', async () => {
    firstExport = await exported(first);
    const licences = JSON.parse(firstExport) as Record<string, unknown>[];
    expect(licences).toHaveLength(importable);
    const report = await imported(second, licences);
    expect(refusals(report)).toEqual([]);
    expect(report.counts.licences).toEqual({ imported: importable, updated: 0, unchanged: 0, refused: 0 });
    const [ours, theirs] = await Promise.all([licenceDocuments(first), licenceDocuments(second)]);
    expect(ours).toHaveLength(importable);
    expect(JSON.stringify(theirs)).toBe(JSON.stringify(ours));
  });

  it('exports the second ledger byte for byte as the first', async () => {
    expect(await exported(second)).toBe(firstExport);
  });

  it('appends nothing when the same file is imported again, and says each licence is unchanged', async () => {
    const head = await first.head();
    const report = await imported(first, fixtures);
    expect(await first.head()).toBe(head);
    expect(report.appended).toBe(0);
    expect(report.counts.licences).toEqual({ imported: 0, updated: 0, unchanged: importable, refused: REFUSED_BY_THE_RULES.length });
    const importedLines = report.licences.filter((licence) => !refusedByTheRules.has(licence.sourceId)).flatMap((licence) => licence.report);
    expect(importedLines.filter((line) => line.outcome !== 'unchanged')).toEqual([]);
  });

  it('appends nothing on a dry run, and reports what an import would record', async () => {
    const head = await first.head();
    const changed = { ...folioFixture('02-test-license-001'), name: 'Test License 001 (renamed in FOLIO)', lastUpdated: '2030-01-01T00:00:00Z' };
    const report = await imported(first, [changed], '?dryRun=true');
    expect(report).toMatchObject({ dryRun: true, appended: 0, counts: { licences: { updated: 1 } } });
    expect(report.licences[0].events).toBeGreaterThan(0);
    expect(await first.head()).toBe(head);
  });

  it('appends only corrections for a record changed in FOLIO, with the record’s new provenance', async () => {
    const original = folioFixture('02-test-license-001');
    const changed = { ...original, name: 'Test License 001 (renamed in FOLIO)', description: 'Changed in FOLIO', lastUpdated: '2030-01-01T00:00:00Z' };
    const head = await first.head();
    const report = await imported(first, [changed]);
    expect(report.licences[0]).toMatchObject({ outcome: 'updated' });
    expect(report.counts.values.corrected).toBeGreaterThan(0);
    const appended = (await collect(first.events.readStream(licenceStream(report.licences[0].licenceId)))).filter((event) => event.globalPosition > head);
    expect(appended.map((event) => event.type)).toEqual(['LicenceDetailsCorrected']);
    expect(appended[0]).toMatchObject({
      data: { name: 'Test License 001 (renamed in FOLIO)', description: 'Changed in FOLIO' },
      metadata: { source: 'import', imported: { system: 'folio', id: original.id, updatedAt: '2030-01-01T00:00:00Z' } },
    });
    const again = await first.head();
    expect((await imported(first, [changed])).counts.licences.unchanged).toBe(1);
    expect(await first.head()).toBe(again);
  });

  describe('a licence entered here', () => {
    let here: TestApi;
    let elsewhere: TestApi;
    beforeAll(async () => {
      [here, elsewhere] = await Promise.all([startLicensingApi(), startLicensingApi()]);
    });
    afterAll(async () => {
      await Promise.all([here.close(), elsewhere.close()]);
    });

    it('exports under its own id and times, with its versions and documents, and another ledger exports it again byte for byte', async () => {
      const { licenceId, versionId } = await licenceWithVersion(here);
      const amendmentId = randomUUID();
      const as = here.as(TOKENS.associate);
      const amendment = await here
        .http()
        .post(`/licences/${licenceId}/versions`)
        .set(as)
        .send(
          aVersion({
            versionId: amendmentId,
            kind: 'amendment',
            label: 'Amendment 1',
            effectiveFrom: '2025-01-01',
            terms: { 'ill-electronic': { value: 'permitted-explicit' } },
          }),
        );
      if (amendment.status !== 201) throw new Error(JSON.stringify(amendment.body));
      const reference = await here
        .http()
        .post(`/licences/${licenceId}/versions/${versionId}/document-references`)
        .set(as)
        .send({ referenceId: randomUUID(), name: 'Signed licence (paper)', documentType: 'licence', location: 'Filing cabinet 3' });
      if (reference.status !== 201) throw new Error(JSON.stringify(reference.body));

      const ours = await exported(here);
      const [licence] = JSON.parse(ours) as Record<string, unknown>[];
      expect(licence).toMatchObject({
        id: licenceId,
        name: 'JSTOR Arts & Sciences I',
        status: { value: 'in_negotiation' },
        startDate: '2024-01-01',
        orgs: [{ org: { name: 'ITHAKA' }, roles: [{ role: { value: 'licensor' } }] }],
        customProperties: {
          illElectronic: [
            {
              value: { value: 'prohibited_(explicit)', label: 'Prohibited (explicit)' },
              internal: false,
              note: 'clause 4.2',
              publicNote: 'Electronic ILL is not allowed',
            },
          ],
        },
        docs: [{ name: 'Signed licence (paper)', atType: { value: 'license' }, location: 'Filing cabinet 3' }],
        amendments: [{ id: amendmentId, name: 'Amendment 1', startDate: '2025-01-01' }],
      });
      expect(licence.dateCreated).toEqual(expect.any(String));

      const report = await imported(elsewhere, JSON.parse(ours));
      expect(refusals(report)).toEqual([]);
      expect(report.counts.licences.imported).toBe(1);
      expect(await exported(elsewhere)).toBe(ours);
    });
  });
});
