import { LicenceVersion, Provenance, TermValues } from '@era/licensing-domain';
import { LicenceChangeDocument, LicenceDocument, TermDocument } from '@era/projection-licences';
import { buildLicenceReview, LicenceReviewInput } from '../build-licence-review';
import { withDigest } from '../review-digest';
import { ComplianceReview, COMPLIANCE_REVIEW_FORMAT, ReviewVerification } from '../review-report';

/** Read-model documents as the licences projection stores them, for the builder's and renderer's specs. */

export const by = (actorId: string, recordedAt: string, extra: Partial<Provenance> = {}): Provenance => ({
  actorId,
  actorRole: actorId === 's-librarian' ? 'librarian' : 'associate',
  recordedAt,
  ...extra,
});

export function aVersion(overrides: Partial<LicenceVersion> & { versionId: string; terms: TermValues }): LicenceVersion {
  return {
    kind: 'original',
    label: 'Signed agreement 2024',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    endDateSemantics: 'open-ended',
    sequence: 1,
    recorded: by('s-associate', '2024-01-10T09:00:00.000Z', { directedBy: 's-librarian' }),
    corrections: 0,
    documents: [],
    references: [],
    signatures: [],
    ...overrides,
  };
}

export const original = aVersion({
  versionId: 'v-original',
  terms: {
    'ill-electronic': { value: 'prohibited-explicit', publicNote: 'Electronic ILL is not allowed', internalNote: 'Clause 4.2' },
    'concurrent-users': { value: 3 },
  },
  confirmed: by('s-librarian', '2024-01-11T10:00:00.000Z'),
  documents: [
    {
      sha256: 'b'.repeat(64),
      fileName: 'countersigned.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 2048,
      documentType: 'countersigned-copy',
      attached: by('s-associate', '2024-01-12T09:00:00.000Z'),
    },
    {
      sha256: 'a'.repeat(64),
      fileName: 'licence.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 1024,
      documentType: 'licence',
      attached: by('s-associate', '2024-01-10T09:05:00.000Z'),
    },
  ],
  signatures: [
    { signedBy: 'R. Vendor', party: 'licensor', signedOn: '2023-12-20', recorded: by('s-associate', '2024-01-10T09:06:00.000Z') },
    {
      signedBy: 'L. Librarian',
      party: 'licensee',
      signedOn: '2023-12-18',
      documentSha256: 'a'.repeat(64),
      recorded: by('s-associate', '2024-01-10T09:07:00.000Z'),
    },
  ],
});

export const amendment = aVersion({
  versionId: 'v-amendment',
  kind: 'amendment',
  label: 'Amendment 1',
  effectiveFrom: '2025-02-01',
  sequence: 2,
  terms: { 'ill-electronic': { value: 'permitted-explicit', publicNote: 'Secure transmission only' } },
  recorded: by('s-associate', '2025-01-05T09:00:00.000Z', { directedBy: 's-librarian' }),
  corrections: 1,
  lastCorrected: { ...by('s-associate', '2025-01-20T09:00:00.000Z'), reason: 'Typed the signing date' },
});

export function aLicence(overrides: Partial<LicenceDocument> = {}): LicenceDocument {
  return {
    id: 'lic-1',
    licenceId: 'lic-1',
    name: 'JSTOR Arts & Sciences I',
    licensor: 'ITHAKA',
    organisations: [{ name: 'ITHAKA', roles: ['licensor'] }],
    alternateNames: [],
    tags: [],
    contacts: [],
    type: 'local',
    status: 'active',
    lifecycle: 'active',
    resourceIds: ['jstor-as2', 'jstor-as1'],
    // Recorded out of effective order on purpose: the review sorts them.
    versions: [amendment, original],
    drafted: by('s-associate', '2024-01-09T09:00:00.000Z'),
    revision: 6,
    lastPosition: 40,
    updatedAt: '2025-01-20T09:00:00.000Z',
    ...overrides,
  };
}

export const vocabulary = new Map<string, TermDocument>([
  ['ill-electronic', { id: 'ill-electronic', key: 'ill-electronic', label: 'ILL electronic', valueType: 'permission' }],
  ['concurrent-users', { id: 'concurrent-users', key: 'concurrent-users', label: 'Concurrent users', valueType: 'integer' }],
]);

export function aChange(position: number, overrides: Partial<LicenceChangeDocument> = {}): LicenceChangeDocument {
  return {
    id: `${String(position).padStart(12, '0')}-000`,
    licenceId: 'lic-1',
    licenceName: 'JSTOR Arts & Sciences I',
    kind: 'version-recorded',
    field: 'term',
    versionId: 'v-amendment',
    versionLabel: 'Amendment 1',
    termKey: 'ill-electronic',
    termLabel: 'ILL electronic',
    before: { value: 'prohibited-explicit' },
    after: { value: 'permitted-explicit' },
    summary: 'ILL electronic: Prohibited (explicit) → Permitted (explicit)',
    actorId: 's-associate',
    actorRole: 'associate',
    directedBy: 's-librarian',
    recordedAt: '2025-01-05T09:00:00.000Z',
    position,
    streamRevision: 2,
    eventType: 'LicenceVersionRecorded',
    eventId: `event-${position}`,
    ...overrides,
  };
}

export const intactVerification: ReviewVerification = {
  streams: ['ledger-seals', 'licence-lic-1', 'vocabulary-licence-terms'],
  ok: true,
  eventsCheckedUpToAsOf: 12,
  problems: [],
  seals: [],
};

/** The review of lic-1 as recorded by the end of March 2025, with the terms of 2025-03-01 and every document intact. */
export function aReview(input: Partial<LicenceReviewInput> = {}, verification: ReviewVerification = intactVerification): ComplianceReview {
  const licence = buildLicenceReview({ licence: aLicence(), changes: [], vocabulary, effectiveOn: '2025-03-01', integrityOf: () => 'intact', ...input });
  return withDigest({
    format: COMPLIANCE_REVIEW_FORMAT,
    licenceId: 'lic-1',
    asOf: '2025-03-31T23:59:59.999Z',
    effectiveOn: '2025-03-01',
    timeZone: 'UTC',
    provisional: false,
    lastPositionIncluded: 40,
    licences: [licence],
    verification,
  });
}
