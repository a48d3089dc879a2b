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
} from '@era/licensing-domain';
import { replayProjection } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { LICENCE_COLLECTIONS, LicenceChangeDocument, LicenceDocument } from './documents';
import { licencesProjection } from './licences.projection';
import { licenceProvenance } from '@era/licensing-domain';
import { licenceDetailsOf } from './stored-documents';

const associate = { id: 's-associate', role: 'associate' };
const metadata = (actor = associate): AppendMetadata => ({ actor, correlationId: 'c', causationId: 'c', source: actor.id === 'system' ? 'system' : 'api' });
const SHA = 'd'.repeat(64);

describe('licences projection: mistakes put right (real SQLite)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  const licence = (data: LicenceEvent) => events.append(licenceStream('lic'), [data], { expectedRevision: 'any', metadata: metadata() });

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    await events.append(VOCABULARY_STREAM, decideSeedVocabulary(initialVocabulary), {
      expectedRevision: 'any',
      metadata: metadata({ id: 'system', role: 'system' }),
    });
    await licence({ type: 'LicenceDrafted', data: { licenceId: 'lic', name: 'Project MUSE', licensor: 'JHU Press', type: 'local', resourceIds: [] } });
    await licence({
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: 'lic',
        versionId: 'v-o',
        kind: 'original',
        label: 'Agreement',
        effectiveFrom: '2024-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'prohibited-explicit' } },
      },
    });
    await licence({
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: 'lic',
        versionId: 'v-a',
        kind: 'amendment',
        label: 'Amendment 1',
        effectiveFrom: '2025-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'permitted-explicit' } },
      },
    });
    await licence({
      type: 'LicenceDocumentAttached',
      data: { licenceId: 'lic', versionId: 'v-o', sha256: SHA, fileName: 'order.pdf', mediaType: 'application/pdf', sizeBytes: 3, documentType: 'order-form' },
    });
    await licence({ type: 'LicenceDocumentDetached', data: { licenceId: 'lic', versionId: 'v-o', sha256: SHA, reason: 'the order form of another package' } });
    await licence({ type: 'LicenceVersionWithdrawn', data: { licenceId: 'lic', versionId: 'v-a', reason: 'belongs to the JSTOR licence' } });
    await licence({
      type: 'LicenceStatusCorrected',
      data: { licenceId: 'lic', from: 'in-negotiation', to: 'active', reason: 'signed last year; never recorded' },
    });
    await licence({ type: 'LicenceVersionCorrected', data: { licenceId: 'lic', versionId: 'v-o', kind: 'renewal', reason: 'it renews the 2019 agreement' } });
    scratch = new SqliteReadStore({ file: ':memory:' });
  });
  afterAll(async () => {
    await scratch.close();
    events.close();
  });

  it('stores the licence as the domain folds it: withdrawn version and detached document kept and marked', async () => {
    const { view } = await replayProjection(events, scratch, licencesProjection, {});
    let folded: LicenceState = initialLicence;
    for await (const event of events.readStream(licenceStream('lic')))
      folded = evolveLicence(folded, asFolded<LicenceEvent>(event), licenceProvenance(event.data, event.metadata));
    const stored = (await view.get<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, 'lic'))!;
    const { exists: _exists, ...details } = folded as LicenceState & { exists: true };
    expect(licenceDetailsOf(stored)).toEqual(details);
    expect(stored.status).toBe('active');
    expect(stored.versions.map((version) => [version.versionId, version.kind, version.withdrawn?.reason ?? null])).toEqual([
      ['v-o', 'renewal', null],
      ['v-a', 'amendment', 'belongs to the JSTOR licence'],
    ]);
    expect(stored.versions[0].documents[0]).toMatchObject({ sha256: SHA, detached: { actorId: 's-associate', reason: 'the order form of another package' } });

    const lines = (await view.find<LicenceChangeDocument & ReadDocument>(LICENCE_COLLECTIONS.changes, { where: { licenceId: 'lic' }, limit: 100 })).items;
    const byKind = (kind: string) => lines.filter((line) => line.kind === kind).map(({ summary, reason, eventType }) => ({ summary, reason, eventType }));
    expect(byKind('document-detached')).toEqual([
      {
        summary: `Document detached (the file is kept): order.pdf (order form, SHA-256 ${SHA}) (version "Agreement")`,
        reason: 'the order form of another package',
        eventType: 'LicenceDocumentDetached',
      },
    ]);
    expect(byKind('version-withdrawn').map((line) => line.summary)).toEqual([
      'Version withdrawn: amendment "Amendment 1", effective 2025-01-01 to open end',
      'ILL electronic: Permitted (explicit) → Prohibited (explicit) (version "Amendment 1" withdrawn, effective 2025-01-01)',
    ]);
    expect(byKind('status-corrected')).toEqual([
      { summary: 'Status corrected: in negotiation → active', reason: 'signed last year; never recorded', eventType: 'LicenceStatusCorrected' },
    ]);
    expect(byKind('version-corrected').map((line) => line.summary)).toEqual(['Version kind: original → renewal (version "Agreement")']);
  });
});
