import { describeLicenceChanges } from './licence-changes';
import { LicenceEvent } from './licence-events';
import { amendment, drafted, fold, given, LICENCE_ID, original, permission, versionConfirmed, versionCorrected } from './testing/licence-fixtures';
import { initialLicence, LicenceState } from './licence-state';

const prohibited = permission('prohibited-explicit', { publicNote: 'Not by ILL.' });
const permitted = permission('permitted-explicit');

/** The audit lines of the last event, given the ones before it. */
function changesOf(history: LicenceEvent[], event: LicenceEvent) {
  const before: LicenceState = given(...history);
  const after = fold(before, [event], history.length);
  return describeLicenceChanges(before, event, after);
}

const withOriginal = [drafted(), original({ 'ill-electronic': prohibited, 'concurrent-users': { value: 5 } }, { effectiveTo: '2026-12-31' })];

describe('describing what an event changed', () => {
  it('given nothing, when a licence is drafted with no licensor, other organisations, a description, tags and contacts, then each is a line', () => {
    const organisations = [
      { name: 'Our University', roles: ['licensee'] },
      { name: 'NERL', roles: ['consortium', 'consortium-administrator'] },
    ];
    const draft = drafted({
      licensor: undefined,
      organisations,
      status: 'current',
      lifecycle: 'active',
      description: 'The deal',
      alternateNames: ['SN'],
      tags: ['legacy'],
      contacts: [{ staffId: 's-librarian', role: 'license-owner' }],
      resourceIds: [],
    });
    expect(changesOf([], draft)).toEqual([
      {
        kind: 'drafted',
        field: 'licence',
        before: null,
        after: { name: 'Springer Nature 2024', licensor: null, type: 'local', consortium: 'NERL', status: 'current', lifecycle: 'active' },
      },
      { kind: 'drafted', field: 'organisations', before: [], after: organisations },
      { kind: 'drafted', field: 'alternateNames', before: [], after: ['SN'] },
      { kind: 'drafted', field: 'tags', before: [], after: ['legacy'] },
      { kind: 'drafted', field: 'contacts', before: [], after: [{ staffId: 's-librarian', role: 'license-owner' }] },
      { kind: 'drafted', field: 'description', before: null, after: 'The deal' },
    ]);
  });

  it('given a licence, when its organisations, description, tags and contacts are corrected, then one line for each that changed', () => {
    const corrected: LicenceEvent = {
      type: 'LicenceDetailsCorrected',
      data: {
        licenceId: LICENCE_ID,
        organisations: [{ name: 'Springer Nature', roles: ['licensor', 'licensee'] }],
        description: 'Big deal',
        tags: ['legacy'],
        contacts: [{ staffId: 's-admin', role: 'negotiator' }],
        reason: 'migration',
      },
    };
    expect(changesOf([drafted()], corrected)).toEqual([
      {
        kind: 'details-corrected',
        field: 'organisations',
        before: [{ name: 'Springer Nature', roles: ['licensor'] }],
        after: [{ name: 'Springer Nature', roles: ['licensor', 'licensee'] }],
      },
      { kind: 'details-corrected', field: 'description', before: null, after: 'Big deal' },
      { kind: 'details-corrected', field: 'tags', before: [], after: ['legacy'] },
      { kind: 'details-corrected', field: 'contacts', before: [], after: [{ staffId: 's-admin', role: 'negotiator' }] },
    ]);
  });

  it('given a licence, when it moves to a status a library named, then the status line and its lifecycle line', () => {
    const current: LicenceEvent = {
      type: 'LicenceStatusRecorded',
      data: { licenceId: LICENCE_ID, from: 'in-negotiation', to: 'current', lifecycle: 'active' },
    };
    expect(changesOf([drafted()], current)).toEqual([
      { kind: 'status-recorded', field: 'status', before: 'in-negotiation', after: 'current' },
      { kind: 'status-recorded', field: 'lifecycle', before: 'in-negotiation', after: 'active' },
    ]);
    const active: LicenceEvent = { type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from: 'current', to: 'active', lifecycle: 'active' } };
    expect(changesOf([drafted(), current], active)).toEqual([{ kind: 'status-recorded', field: 'status', before: 'current', after: 'active' }]);
  });

  it('given nothing, when drafted, then the licence and its resources appear from nothing', () => {
    expect(changesOf([], drafted({ type: 'consortial', consortium: 'JISC', resourceIds: ['r-1', 'r-2'] }))).toEqual([
      {
        kind: 'drafted',
        field: 'licence',
        before: null,
        after: { name: 'Springer Nature 2024', licensor: 'Springer Nature', type: 'consortial', consortium: 'JISC', status: 'in-negotiation' },
      },
      { kind: 'drafted', field: 'resources', before: [], after: ['r-1', 'r-2'] },
    ]);
    expect(changesOf([], drafted({ resourceIds: [] }))).toHaveLength(1);
  });

  it('given a licence, when its details are corrected, then one line per changed field', () => {
    const corrected: LicenceEvent = {
      type: 'LicenceDetailsCorrected',
      data: { licenceId: LICENCE_ID, name: 'SN 2024', type: 'consortial', consortium: 'JISC', reason: 'typo' },
    };
    expect(changesOf([drafted()], corrected)).toEqual([
      { kind: 'details-corrected', field: 'name', before: 'Springer Nature 2024', after: 'SN 2024' },
      { kind: 'details-corrected', field: 'type', before: 'local', after: 'consortial' },
      { kind: 'details-corrected', field: 'consortium', before: null, after: 'JISC' },
    ]);
  });

  it('given a licence, when its status is recorded, then status before → after', () => {
    const status: LicenceEvent = { type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from: 'in-negotiation', to: 'active' } };
    expect(changesOf([drafted()], status)).toEqual([{ kind: 'status-recorded', field: 'status', before: 'in-negotiation', after: 'active' }]);
  });

  it('given a licence, when resources are linked or unlinked, then the resource list before → after', () => {
    const linked: LicenceEvent = { type: 'LicenceResourcesLinked', data: { licenceId: LICENCE_ID, resourceIds: ['r-2'] } };
    const unlinked: LicenceEvent = { type: 'LicenceResourcesUnlinked', data: { licenceId: LICENCE_ID, resourceIds: ['r-1'] } };
    expect(changesOf([drafted()], linked)).toEqual([{ kind: 'resources-linked', field: 'resources', before: ['r-1'], after: ['r-1', 'r-2'] }]);
    expect(changesOf([drafted(), linked], unlinked)).toEqual([{ kind: 'resources-unlinked', field: 'resources', before: ['r-1', 'r-2'], after: ['r-2'] }]);
  });

  it('given a licence, when the original is recorded, then the version and each of its terms, by key, from nothing', () => {
    expect(changesOf([drafted()], withOriginal[1])).toEqual([
      {
        kind: 'version-recorded',
        field: 'version',
        versionId: 'v-original',
        before: null,
        after: { kind: 'original', label: 'Original agreement', effectiveFrom: '2024-01-01', effectiveTo: '2026-12-31' },
      },
      { kind: 'version-recorded', field: 'term', versionId: 'v-original', termKey: 'concurrent-users', before: null, after: { value: 5 } },
      { kind: 'version-recorded', field: 'term', versionId: 'v-original', termKey: 'ill-electronic', before: null, after: prohibited },
    ]);
  });

  it('given an original, when an amendment is recorded, then each term’s before is what was in force on the amendment’s first day', () => {
    const changes = changesOf(withOriginal, amendment('v-a1', '2025-01-01', null, { 'ill-electronic': permitted, 'remote-access': permitted }));
    expect(changes.filter((change) => change.field === 'term')).toEqual([
      { kind: 'version-recorded', field: 'term', versionId: 'v-a1', termKey: 'ill-electronic', before: prohibited, after: permitted },
      { kind: 'version-recorded', field: 'term', versionId: 'v-a1', termKey: 'remote-access', before: null, after: permitted },
    ]);
  });

  it('given an original, when an amendment starts where nothing is in force, then every term’s before is null', () => {
    const changes = changesOf(withOriginal, amendment('v-a1', '2030-01-01', null, { 'ill-electronic': permitted }));
    expect(changes[1]).toMatchObject({ termKey: 'ill-electronic', before: null, after: permitted });
  });

  it('given a version, when corrected, then one line per changed field and per changed term, before → after as recorded', () => {
    const correction = versionCorrected({
      versionId: 'v-original',
      reason: 'typo',
      effectiveFrom: '2024-02-01',
      terms: { 'concurrent-users': null, 'remote-access': permitted, 'ill-electronic': permission('prohibited-explicit') },
    });
    expect(changesOf(withOriginal, correction)).toEqual([
      { kind: 'version-corrected', field: 'effectiveFrom', versionId: 'v-original', before: '2024-01-01', after: '2024-02-01' },
      { kind: 'version-corrected', field: 'term', versionId: 'v-original', termKey: 'concurrent-users', before: { value: 5 }, after: null },
      {
        kind: 'version-corrected',
        field: 'term',
        versionId: 'v-original',
        termKey: 'ill-electronic',
        before: prohibited,
        after: { value: 'prohibited-explicit' },
      },
      { kind: 'version-corrected', field: 'term', versionId: 'v-original', termKey: 'remote-access', before: null, after: permitted },
    ]);
  });

  it('given a version, when its label and end are corrected, then those lines in field order', () => {
    const correction = versionCorrected({ versionId: 'v-original', reason: 'typo', label: 'Licence 2024', effectiveTo: null });
    expect(changesOf(withOriginal, correction)).toEqual([
      { kind: 'version-corrected', field: 'label', versionId: 'v-original', before: 'Original agreement', after: 'Licence 2024' },
      { kind: 'version-corrected', field: 'effectiveTo', versionId: 'v-original', before: '2026-12-31', after: null },
    ]);
  });

  it('given a version, when confirmed, then confirmation unconfirmed → confirmed', () => {
    expect(changesOf(withOriginal, versionConfirmed('v-original'))).toEqual([
      { kind: 'version-confirmed', field: 'confirmation', versionId: 'v-original', before: 'unconfirmed', after: 'confirmed' },
    ]);
  });

  it('given a confirmed version, when corrected, then the trail also says it needs confirming again', () => {
    const correction = versionCorrected({ versionId: 'v-original', reason: 'typo', label: 'Licence 2024' });
    expect(changesOf([...withOriginal, versionConfirmed('v-original')], correction)).toEqual([
      { kind: 'version-corrected', field: 'label', versionId: 'v-original', before: 'Original agreement', after: 'Licence 2024' },
      { kind: 'version-corrected', field: 'confirmation', versionId: 'v-original', before: 'confirmed', after: 'unconfirmed' },
    ]);
  });

  it('given a version, when a document is attached, then the document appears; attached again, nothing', () => {
    const document: LicenceEvent = {
      type: 'LicenceDocumentAttached',
      data: {
        licenceId: LICENCE_ID,
        versionId: 'v-original',
        sha256: 'c'.repeat(64),
        fileName: 'licence.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 10,
        documentType: 'licence',
      },
    };
    expect(changesOf(withOriginal, document)).toEqual([
      {
        kind: 'document-attached',
        field: 'document',
        versionId: 'v-original',
        before: null,
        after: { sha256: 'c'.repeat(64), fileName: 'licence.pdf', documentType: 'licence' },
      },
    ]);
    expect(changesOf([...withOriginal, document], document)).toEqual([]);
  });

  it('given a version, when a signature is recorded, then the signature appears', () => {
    const signature: LicenceEvent = {
      type: 'LicenceSignatureRecorded',
      data: { licenceId: LICENCE_ID, versionId: 'v-original', signedBy: 'J. Vendor', party: 'licensor', signedOn: '2023-12-01' },
    };
    expect(changesOf(withOriginal, signature)).toEqual([
      {
        kind: 'signature-recorded',
        field: 'signature',
        versionId: 'v-original',
        before: null,
        after: { signedBy: 'J. Vendor', party: 'licensor', signedOn: '2023-12-01' },
      },
    ]);
  });

  it('given an amendment, when withdrawn, then the version before → nothing, and each term its value → what is in force without it', () => {
    const history = [...withOriginal, amendment('v-a1', '2025-01-01', null, { 'ill-electronic': permitted, 'remote-access': permitted })];
    const withdrawn: LicenceEvent = { type: 'LicenceVersionWithdrawn', data: { licenceId: LICENCE_ID, versionId: 'v-a1', reason: 'wrong licence' } };
    expect(changesOf(history, withdrawn)).toEqual([
      {
        kind: 'version-withdrawn',
        field: 'version',
        versionId: 'v-a1',
        before: { kind: 'amendment', label: 'Amendment v-a1', effectiveFrom: '2025-01-01', effectiveTo: null },
        after: null,
      },
      { kind: 'version-withdrawn', field: 'term', versionId: 'v-a1', termKey: 'ill-electronic', before: permitted, after: prohibited },
      { kind: 'version-withdrawn', field: 'term', versionId: 'v-a1', termKey: 'remote-access', before: permitted, after: null },
    ]);
    expect(changesOf([...history, withdrawn], withdrawn)).toEqual([]);
  });

  it('given a licence, when its status is corrected, then status before → after as a correction', () => {
    const corrected: LicenceEvent = {
      type: 'LicenceStatusCorrected',
      data: { licenceId: LICENCE_ID, from: 'in-negotiation', to: 'terminated', reason: 'typo' },
    };
    expect(changesOf([drafted()], corrected)).toEqual([{ kind: 'status-corrected', field: 'status', before: 'in-negotiation', after: 'terminated' }]);
  });

  it('given a version, when its kind is corrected, then kind before → after, first among its fields', () => {
    const correction = versionCorrected({ versionId: 'v-a1', reason: 'a renewal, not an amendment', kind: 'renewal', label: 'Renewal 2025' });
    expect(changesOf([...withOriginal, amendment('v-a1', '2025-01-01', null, {})], correction)).toEqual([
      { kind: 'version-corrected', field: 'kind', versionId: 'v-a1', before: 'amendment', after: 'renewal' },
      { kind: 'version-corrected', field: 'label', versionId: 'v-a1', before: 'Amendment v-a1', after: 'Renewal 2025' },
    ]);
  });

  it('given an attached document, when detached, then the document before → nothing; attached again, it appears again', () => {
    const document: LicenceEvent = {
      type: 'LicenceDocumentAttached',
      data: {
        licenceId: LICENCE_ID,
        versionId: 'v-original',
        sha256: 'c'.repeat(64),
        fileName: 'wrong.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 10,
        documentType: 'licence',
      },
    };
    const detached: LicenceEvent = {
      type: 'LicenceDocumentDetached',
      data: { licenceId: LICENCE_ID, versionId: 'v-original', sha256: 'c'.repeat(64), reason: 'wrong file' },
    };
    const described = { sha256: 'c'.repeat(64), fileName: 'wrong.pdf', documentType: 'licence' };
    expect(changesOf([...withOriginal, document], detached)).toEqual([
      { kind: 'document-detached', field: 'document', versionId: 'v-original', before: described, after: null },
    ]);
    expect(changesOf([...withOriginal, document, detached], detached)).toEqual([]);
    expect(changesOf([...withOriginal, document, detached], document)).toEqual([
      { kind: 'document-attached', field: 'document', versionId: 'v-original', before: null, after: described },
    ]);
  });

  it('given no licence, when an event other than the draft arrives, then no lines', () => {
    expect(describeLicenceChanges(initialLicence, withOriginal[1], initialLicence)).toEqual([]);
  });
});
