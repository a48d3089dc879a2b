import { asFolded } from '@era/command-handling';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import {
  decideSeedVocabulary,
  evolveLicence,
  initialLicence,
  initialVocabulary,
  LicenceEvent,
  LicenceState,
  licenceStream,
  VOCABULARY_STREAM,
  VocabularyEvent,
} from '@era/licensing-domain';
import { ProjectionView, replayProjection } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { LICENCE_COLLECTIONS, LicenceChangeDocument, LicenceDocument, ResourceLicencesDocument, TermDocument } from './documents';
import { licencesProjection } from './licences.projection';
import { licenceProvenance } from '@era/licensing-domain';
import { licenceDetailsOf } from './stored-documents';

const associate = { id: 's-associate', role: 'associate' };
const librarian = { id: 's-librarian', role: 'librarian' };
const system = { id: 'system', role: 'system' };
const metadata = (actor: { id: string; role: string }, reason?: string): AppendMetadata => ({
  actor,
  correlationId: 'c',
  causationId: 'c',
  source: actor === system ? 'system' : 'api',
  ...(reason ? { reason } : {}),
});

type Doc<T> = T & ReadDocument;

describe('licences projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  const write = (stream: string, event: LicenceEvent | VocabularyEvent, actor = associate, reason?: string) =>
    events.append(stream, [event], { expectedRevision: 'any', metadata: metadata(actor, reason) });
  const licence = (event: LicenceEvent, actor = associate, reason?: string) => write(licenceStream(event.data.licenceId), event, actor, reason);
  let amendmentPosition = 0;

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    for (const event of decideSeedVocabulary(initialVocabulary)) await write(VOCABULARY_STREAM, event, system);
    await licence({
      type: 'LicenceDrafted',
      data: { licenceId: 'jstor', name: 'JSTOR Arts & Sciences I', licensor: 'ITHAKA', type: 'local', resourceIds: ['r-jstor', 'r-shared'] },
    });
    await licence({
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: 'jstor',
        versionId: 'v-original',
        kind: 'original',
        label: 'Signed agreement 2024',
        effectiveFrom: '2024-01-01',
        effectiveTo: null,
        terms: {
          'ill-electronic': { value: 'prohibited-explicit', publicNote: 'No electronic ILL', internalNote: 'Clause 4.2' },
          'concurrent-users': { value: 5 },
        },
        directedBy: 's-librarian',
      },
    });
    amendmentPosition = (
      await licence({
        type: 'LicenceVersionRecorded',
        data: {
          licenceId: 'jstor',
          versionId: 'v-amendment',
          kind: 'amendment',
          label: 'Amendment 1',
          effectiveFrom: '2025-01-01',
          effectiveTo: null,
          terms: { 'ill-electronic': { value: 'permitted-explicit', publicNote: 'Secure transmission only' } },
          directedBy: 's-librarian',
        },
      })
    ).position;
    await licence({
      type: 'LicenceVersionCorrected',
      data: { licenceId: 'jstor', versionId: 'v-amendment', effectiveFrom: '2025-02-01', reason: 'Typed the signing date' },
    });
    await licence({ type: 'LicenceVersionConfirmed', data: { licenceId: 'jstor', versionId: 'v-amendment', corrections: 1 } }, librarian);
    await licence({
      type: 'LicenceDocumentAttached',
      data: {
        licenceId: 'jstor',
        versionId: 'v-original',
        sha256: 'a'.repeat(64),
        fileName: 'jstor-2024.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 1234,
        documentType: 'licence',
      },
    });
    await licence({
      type: 'LicenceSignatureRecorded',
      data: { licenceId: 'jstor', versionId: 'v-original', signedBy: 'J. Doe', party: 'licensor', signedOn: '2023-12-15' },
    });
    await write(VOCABULARY_STREAM, { type: 'LicenceTermRelabelled', data: { key: 'ill-electronic', label: 'Interlibrary loan, electronic' } }, librarian);
    await write(VOCABULARY_STREAM, { type: 'LicenceTermDeprecated', data: { key: 'course-packs-print', reason: 'No longer negotiated' } }, librarian);
    await licence({
      type: 'LicenceVersionCorrected',
      data: {
        licenceId: 'jstor',
        versionId: 'v-original',
        terms: {
          'concurrent-users': { value: 10 },
          'ill-electronic': { value: 'prohibited-explicit', publicNote: 'No electronic ILL at all', internalNote: 'Clause 4.2' },
        },
        reason: 'Misread',
      },
    });
    await licence({ type: 'LicenceResourcesUnlinked', data: { licenceId: 'jstor', resourceIds: ['r-jstor'] } }, associate, 'Moved to the new platform licence');
    await licence({ type: 'LicenceStatusRecorded', data: { licenceId: 'jstor', from: 'in-negotiation', to: 'active' } }, librarian, 'Countersigned');
    await licence({
      type: 'LicenceDrafted',
      data: { licenceId: 'oup', name: 'Oxford Journals', licensor: 'OUP', type: 'consortial', consortium: 'NERL', resourceIds: ['r-shared'] },
    });
  });
  afterAll(() => events.close());

  async function project(untilPosition?: number): Promise<{ view: ProjectionView; scratch: SqliteReadStore }> {
    const scratch = new SqliteReadStore({ file: ':memory:' });
    const { view } = await replayProjection(events, scratch, licencesProjection, untilPosition === undefined ? {} : { untilPosition });
    return { view, scratch };
  }

  let view: ProjectionView;
  let scratch: SqliteReadStore;
  beforeAll(async () => ({ view, scratch } = await project()));
  afterAll(() => scratch.close());

  const trail = async (where: Record<string, string>) =>
    (await view.find<Doc<LicenceChangeDocument>>(LICENCE_COLLECTIONS.changes, { where, limit: 1000 })).items;

  it('keeps each licence as the domain folds its stream, with revision and position', async () => {
    let folded: LicenceState = initialLicence;
    let last = { revision: -1, position: 0 };
    for await (const event of events.readStream(licenceStream('jstor'))) {
      folded = evolveLicence(folded, asFolded<LicenceEvent>(event), licenceProvenance(event.data, event.metadata));
      last = { revision: event.streamRevision, position: event.globalPosition };
    }
    const stored = (await view.get<Doc<LicenceDocument>>(LICENCE_COLLECTIONS.licences, 'jstor'))!;
    const { exists: _exists, ...details } = folded as LicenceState & { exists: true };
    expect(licenceDetailsOf(stored)).toEqual(details);
    expect(stored).toMatchObject({ id: 'jstor', status: 'active', resourceIds: ['r-shared'], revision: last.revision, lastPosition: last.position });
    const byStatus = await view.find<Doc<LicenceDocument>>(LICENCE_COLLECTIONS.licences, { where: { status: 'in-negotiation' } });
    expect(byStatus.items.map((item) => item.id)).toEqual(['oup']);
  });

  it('writes one audit line per change, in log order, with who, on whose direction and why', async () => {
    const lines = await trail({ licenceId: 'jstor' });
    expect(lines.map((line) => line.id)).toEqual([...lines.map((line) => line.id)].sort());
    expect(lines[0].id).toMatch(/^\d{12}-000$/);
    const amendment = lines.find((line) => line.position === amendmentPosition && line.termKey === 'ill-electronic');
    expect(amendment).toMatchObject({
      id: `${String(amendmentPosition).padStart(12, '0')}-001`,
      kind: 'version-recorded',
      licenceName: 'JSTOR Arts & Sciences I',
      versionId: 'v-amendment',
      versionLabel: 'Amendment 1',
      termLabel: 'ILL electronic',
      before: { value: 'prohibited-explicit', publicNote: 'No electronic ILL', internalNote: 'Clause 4.2' },
      after: { value: 'permitted-explicit', publicNote: 'Secure transmission only' },
      actorId: 's-associate',
      actorRole: 'associate',
      directedBy: 's-librarian',
      eventType: 'LicenceVersionRecorded',
      summary: 'ILL electronic: Prohibited (explicit) → Permitted (explicit) (version "Amendment 1", effective 2025-01-01)',
    });
    expect(lines.find((line) => line.kind === 'version-corrected' && line.field === 'effectiveFrom')).toMatchObject({
      before: '2025-01-01',
      after: '2025-02-01',
      reason: 'Typed the signing date',
      summary: 'Effective from: 2025-01-01 → 2025-02-01 (version "Amendment 1")',
    });
    expect(lines.find((line) => line.kind === 'status-recorded')).toMatchObject({
      reason: 'Countersigned',
      actorId: 's-librarian',
      summary: 'Status: in negotiation → active',
    });
    expect(lines.find((line) => line.kind === 'resources-unlinked')).toMatchObject({
      reason: 'Moved to the new platform licence',
      summary: 'E-resources: unlinked r-jstor',
    });
    expect(lines.map((line) => line.summary)).toEqual(
      expect.arrayContaining([
        'Licence drafted: "JSTOR Arts & Sciences I" (licensor ITHAKA, local, in negotiation)',
        'Version recorded: original "Signed agreement 2024", effective 2024-01-01 to open end',
        'Confirmation: unconfirmed → confirmed (version "Amendment 1")',
        `Document attached: jstor-2024.pdf (licence, SHA-256 ${'a'.repeat(64)}) (version "Signed agreement 2024")`,
        'Signature recorded: J. Doe for the licensor on 2023-12-15 (version "Signed agreement 2024")',
        'Concurrent users: 5 → 10 (version "Signed agreement 2024", effective 2024-01-01)',
      ]),
    );
  });

  it('names a term as the vocabulary did when the change was recorded', async () => {
    const illLines = await trail({ termKey: 'ill-electronic' });
    expect(illLines.map((line) => line.termLabel)).toEqual(['ILL electronic', 'ILL electronic', 'Interlibrary loan, electronic']);
    expect(illLines[2].summary).toBe(
      'Interlibrary loan, electronic: Prohibited (explicit), public note "No electronic ILL" → "No electronic ILL at all" (version "Signed agreement 2024", effective 2024-01-01)',
    );
    const concurrent = await trail({ termKey: 'concurrent-users' });
    expect(concurrent.map((line) => line.kind)).toEqual(['version-recorded', 'version-corrected']);
  });

  it('filters the trail by actor and kind across licences', async () => {
    const byLibrarian = await trail({ actorId: 's-librarian' });
    expect(byLibrarian.map((line) => line.kind)).toEqual(['version-confirmed', 'status-recorded']);
    const drafts = await trail({ kind: 'drafted' });
    expect(drafts.map((line) => [line.licenceId, line.field])).toEqual([
      ['jstor', 'licence'],
      ['jstor', 'resources'],
      ['oup', 'licence'],
      ['oup', 'resources'],
    ]);
  });

  it('keeps the licences of each e-resource in step with drafting, links and unlinks', async () => {
    expect(await view.get<Doc<ResourceLicencesDocument>>(LICENCE_COLLECTIONS.resourceLicences, 'r-shared')).toMatchObject({ licenceIds: ['jstor', 'oup'] });
    expect(await view.get(LICENCE_COLLECTIONS.resourceLicences, 'r-jstor')).toBeUndefined();
  });

  it('keeps the vocabulary: seeded defaults, relabelled and deprecated terms', async () => {
    expect(await view.get<Doc<TermDocument>>(LICENCE_COLLECTIONS.terms, 'ill-electronic')).toMatchObject({
      label: 'Interlibrary loan, electronic',
      valueType: 'permission',
      category: 'Interlibrary loan',
    });
    expect(await view.get<Doc<TermDocument>>(LICENCE_COLLECTIONS.terms, 'course-packs-print')).toMatchObject({
      deprecated: { reason: 'No longer negotiated' },
    });
    const interlibrary = await view.find<Doc<TermDocument>>(LICENCE_COLLECTIONS.terms, { where: { category: 'Interlibrary loan' } });
    expect(interlibrary.items.map((term) => term.id)).toEqual(expect.arrayContaining(['ill-electronic', 'ill-print']));
  });

  it('replays up to an earlier position into what the read model said then', async () => {
    const earlier = await project(amendmentPosition);
    const stored = (await earlier.view.get<Doc<LicenceDocument>>(LICENCE_COLLECTIONS.licences, 'jstor'))!;
    expect(stored.versions.map((version) => [version.versionId, version.effectiveFrom])).toEqual([
      ['v-original', '2024-01-01'],
      ['v-amendment', '2025-01-01'],
    ]);
    expect(await earlier.view.get(LICENCE_COLLECTIONS.resourceLicences, 'r-jstor')).toMatchObject({ licenceIds: ['jstor'] });
    expect(await earlier.view.get(LICENCE_COLLECTIONS.licences, 'oup')).toBeUndefined();
    await earlier.scratch.close();
  });
});
