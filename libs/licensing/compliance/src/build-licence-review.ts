import {
  byText,
  CalendarDate,
  effectiveTermsOn,
  LicenceVersion,
  Provenance,
  TermEntry,
  TermValue,
  TermValues,
  valueLabelOf,
  valuesOf,
} from '@era/licensing-domain';
import { LicenceChangeDocument, LicenceDocument, licenceDetailsOf, summariseChange, TermDocument } from '@era/projection-licences';
import {
  AuditLine,
  DocumentIntegrity,
  LicenceReview,
  ReviewDocument,
  ReviewProvenance,
  ReviewReference,
  ReviewSignature,
  ReviewTermValue,
  ReviewVersion,
} from './review-report';

/** What the builder needs, all read from the replayed read models (plus each document's integrity, checked now). */
export interface LicenceReviewInput {
  licence: LicenceDocument;
  /** This licence's audit-trail lines; any order (they are put in log order). */
  changes: readonly LicenceChangeDocument[];
  /** The term vocabulary as of asOf, by key. */
  vocabulary: ReadonlyMap<string, TermDocument>;
  effectiveOn: CalendarDate;
  integrityOf: (sha256: string) => DocumentIntegrity;
}

/** One licence as the review shows it: details, terms in force on the date, every version, the audit trail. */
export function buildLicenceReview(input: LicenceReviewInput): LicenceReview {
  const { licence, vocabulary, effectiveOn } = input;
  const details = licenceDetailsOf(licence);
  const effective = effectiveTermsOn(details, effectiveOn);
  const termValue = (key: string, entry: TermEntry) => valuesOf(entry).map((value) => reviewTermValue(key, value, vocabulary.get(key)));
  return {
    licenceId: details.licenceId,
    name: details.name,
    licensor: details.licensor ?? null,
    type: details.type,
    consortium: details.consortium ?? null,
    status: details.status,
    resourceIds: [...details.resourceIds].sort(byText),
    inForce: effective.inForce,
    effectiveTerms: Object.keys(effective.terms)
      .sort(byText)
      .flatMap((key) => {
        const term = effective.terms[key];
        return termValue(key, term.value).map((value) => ({
          ...value,
          version: { versionId: term.versionId, kind: term.versionKind, label: term.versionLabel },
          confirmed: term.confirmed,
        }));
      }),
    versions: [...details.versions]
      // A version that states no start sorts first: it counts from the licence's beginning.
      .sort((a, b) => byText(a.effectiveFrom ?? '', b.effectiveFrom ?? '') || a.sequence - b.sequence)
      .map((version) => reviewVersion(version, termValue, input.integrityOf)),
    auditTrail: [...input.changes].sort((a, b) => byText(a.id, b.id)).map((change) => auditLine(change, vocabulary)),
  };
}

function reviewTermValue(key: string, value: TermValue, term: TermDocument | undefined): ReviewTermValue {
  return {
    key,
    label: term?.label ?? key,
    value: value.value ?? null,
    valueLabel: valueLabelOf(term?.valueType, value.value, term?.options),
    internal: value.internal === true,
    publicNote: value.publicNote ?? null,
    internalNote: value.internalNote ?? null,
  };
}

/** Who put a mistake right (a correction, a withdrawal, a detachment), when and why; null when nobody did. */
const putRight = (done: (Provenance & { reason: string }) | undefined): (ReviewProvenance & { reason: string }) | null =>
  done ? { by: done.actorId, role: done.actorRole, at: done.recordedAt, reason: done.reason } : null;

function reviewVersion(
  version: LicenceVersion,
  termValue: (key: string, entry: TermEntry) => ReviewTermValue[],
  integrityOf: (sha256: string) => DocumentIntegrity,
): ReviewVersion {
  const terms: TermValues = version.terms;
  return {
    versionId: version.versionId,
    kind: version.kind,
    label: version.label,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo ?? null,
    endDateSemantics: version.endDateSemantics,
    status: version.status ?? null,
    description: version.description ?? null,
    terms: Object.keys(terms)
      .sort(byText)
      .flatMap((key) => termValue(key, terms[key])),
    recorded: {
      by: version.recorded.actorId,
      role: version.recorded.actorRole,
      at: version.recorded.recordedAt,
      directedBy: version.recorded.directedBy ?? null,
    },
    corrections: version.corrections,
    lastCorrection: putRight(version.lastCorrected),
    confirmed: version.confirmed
      ? { by: version.confirmed.actorId, role: version.confirmed.actorRole, at: version.confirmed.recordedAt, note: version.confirmed.note ?? null }
      : null,
    withdrawn: putRight(version.withdrawn),
    documents: version.documents
      .map((document): ReviewDocument => ({
        fileName: document.fileName,
        name: document.name ?? null,
        note: document.note ?? null,
        category: document.category ?? 'core',
        documentType: document.documentType,
        mediaType: document.mediaType,
        sha256: document.sha256,
        sizeBytes: document.sizeBytes,
        attachedBy: document.attached.actorId,
        attachedAt: document.attached.recordedAt,
        detached: putRight(document.detached),
        integrity: integrityOf(document.sha256),
      }))
      .sort((a, b) => byText(a.attachedAt, b.attachedAt) || byText(a.sha256, b.sha256) || byText(a.fileName, b.fileName)),
    references: version.references.map((reference): ReviewReference => ({
      referenceId: reference.referenceId,
      name: reference.name,
      documentType: reference.documentType,
      category: reference.category,
      url: reference.url ?? null,
      location: reference.location ?? null,
      note: reference.note ?? null,
      referencedBy: reference.referenced.actorId,
      referencedAt: reference.referenced.recordedAt,
      removed: putRight(reference.removed),
    })),
    signatures: version.signatures
      .map((signature): ReviewSignature => ({
        signedBy: signature.signedBy,
        party: signature.party,
        signedOn: signature.signedOn,
        documentSha256: signature.documentSha256 ?? null,
        recordedBy: signature.recorded.actorId,
        recordedAt: signature.recorded.recordedAt,
      }))
      .sort((a, b) => byText(a.signedOn, b.signedOn) || byText(a.party, b.party) || byText(a.signedBy, b.signedBy) || byText(a.recordedAt, b.recordedAt)),
  };
}

function auditLine(change: LicenceChangeDocument, vocabulary: ReadonlyMap<string, TermDocument>): AuditLine {
  const stored = (change as { summary?: unknown }).summary;
  const term = change.termKey === undefined ? undefined : vocabulary.get(change.termKey);
  const summary =
    typeof stored === 'string'
      ? stored
      : summariseChange(
          { kind: change.kind, field: change.field, versionId: change.versionId, termKey: change.termKey, before: change.before, after: change.after },
          { termLabel: change.termLabel ?? term?.label, valueType: term?.valueType, options: term?.options },
        );
  return {
    position: change.position,
    streamRevision: change.streamRevision,
    eventType: change.eventType,
    at: change.recordedAt,
    by: change.actorId,
    role: change.actorRole,
    directedBy: change.directedBy ?? null,
    why: change.reason ?? null,
    kind: change.kind,
    field: change.field,
    versionId: change.versionId ?? null,
    versionLabel: change.versionLabel ?? null,
    termKey: change.termKey ?? null,
    termLabel: change.termLabel ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
    summary,
  };
}
