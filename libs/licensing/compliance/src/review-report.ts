import {
  CalendarDate,
  DocumentCategory,
  DocumentType,
  EndDateSemantics,
  LicenceChangeKind,
  LicenceStatus,
  LicenceType,
  SigningParty,
  TermValueContent,
  VersionKind,
} from '@era/licensing-domain';

/**
 * Names the shape of the report; bump it when a field changes meaning, so that kept reviews stay readable.
 * 2: versions may be withdrawn and documents detached (listed still, marked, and out of the effective terms);
 *    verification.eventsCheckedUpToAsOf (only events recorded by asOf) replaces eventsChecked (every event stored).
 * 3: term values carry `internal`; a value may be null (its note carries the meaning); a term that takes several
 *    values gives one row per value, in order.
 *    a version's start may be null (not stated), with its end-date semantics, amendment status and description;
 *    documents carry name, note and category; versions list document references (URL or location, no file).
 */
export const COMPLIANCE_REVIEW_FORMAT = 'era-compliance-review/3';

export type DocumentIntegrity = 'intact' | 'altered' | 'missing';

/**
 * A licence compliance review as of an instant: what had been recorded by then (replayed from the log) about what the
 * licences said on `effectiveOn`, plus the hash-chain verification of the streams involved as they are stored now.
 * Every absent value is `null` (never left out) and every list is sorted, so the same review gives the same bytes.
 */
export interface ComplianceReview {
  format: typeof COMPLIANCE_REVIEW_FORMAT;
  /** The licence reviewed, or null for all licences. */
  licenceId: string | null;
  /** ISO-8601 UTC instant: events recorded after it are left out. */
  asOf: string;
  /** The calendar date (in `timeZone`) whose effective terms are reported. */
  effectiveOn: CalendarDate;
  /** The library's zone, in which a date-only asOf ends and in which effectiveOn is read. */
  timeZone: string;
  /** asOf is the end of today: the review may still change as events are recorded before the day ends. */
  provisional: boolean;
  /** Global position of the last licence or vocabulary event included (0 when none). */
  lastPositionIncluded: number;
  licences: LicenceReview[];
  verification: ReviewVerification;
  /** SHA-256 hex of the RFC 8785 canonical JSON of this report without `reviewDigest` (and without `seal`). */
  reviewDigest: string;
}

export interface LicenceReview {
  licenceId: string;
  name: string;
  /** null while the licence names no licensor (allowed until it is active). */
  licensor: string | null;
  type: LicenceType;
  consortium: string | null;
  status: LicenceStatus;
  resourceIds: string[];
  /** True when an original or renewal covers effectiveOn; otherwise there are no effective terms. */
  inForce: boolean;
  /** Sorted by term key. */
  effectiveTerms: ReviewEffectiveTerm[];
  /** In effective-from order, recording order breaking ties; withdrawn ones too, marked. */
  versions: ReviewVersion[];
  /** Every change recorded up to asOf, in log order. */
  auditTrail: AuditLine[];
}

export interface ReviewTermValue {
  key: string;
  /** The term's label in the vocabulary as of asOf (the key when the vocabulary does not know it). */
  label: string;
  /** null when the value was left out and its note carries the meaning. */
  value: TermValueContent | null;
  /** The value as a person reads it, e.g. "Prohibited (explicit)". */
  valueLabel: string;
  /** The value (content and notes) is for licence staff only: marked "Internal" in the review. */
  internal: boolean;
  publicNote: string | null;
  internalNote: string | null;
}

export interface ReviewEffectiveTerm extends ReviewTermValue {
  /** The version whose value is in force. */
  version: { versionId: string; kind: VersionKind; label: string };
  /** False until the librarian confirms that version (and again after a correction). */
  confirmed: boolean;
}

export interface ReviewProvenance {
  by: string;
  role: string;
  at: string;
}

export interface ReviewVersion {
  versionId: string;
  kind: VersionKind;
  label: string;
  /** null: the agreement states no start (the effective date is unknown). */
  effectiveFrom: CalendarDate | null;
  effectiveTo: CalendarDate | null;
  endDateSemantics: EndDateSemantics;
  /** Amendments: the amendment-status key, where one is recorded. */
  status: string | null;
  description: string | null;
  /** The values this version states, as now corrected; sorted by term key. */
  terms: ReviewTermValue[];
  recorded: ReviewProvenance & { directedBy: string | null };
  corrections: number;
  lastCorrection: (ReviewProvenance & { reason: string }) | null;
  confirmed: (ReviewProvenance & { note: string | null }) | null;
  /** Withdrawn as recorded by mistake: kept in the record, but it contributes nothing to the effective terms. */
  withdrawn: (ReviewProvenance & { reason: string }) | null;
  /** Every document attached, detached ones included (marked). */
  documents: ReviewDocument[];
  /** Every document known by URL or location (no file here), removed ones included (marked). */
  references: ReviewReference[];
  signatures: ReviewSignature[];
}

export interface ReviewReference {
  referenceId: string;
  name: string;
  documentType: DocumentType;
  category: DocumentCategory;
  url: string | null;
  location: string | null;
  note: string | null;
  referencedBy: string;
  referencedAt: string;
  removed: (ReviewProvenance & { reason: string }) | null;
}

export interface ReviewDocument {
  fileName: string;
  /** What staff call it, where it differs from the file name. */
  name: string | null;
  note: string | null;
  category: DocumentCategory;
  documentType: DocumentType;
  mediaType: string;
  sha256: string;
  sizeBytes: number;
  attachedBy: string;
  attachedAt: string;
  /** Detached as attached by mistake: the file is still kept (and still checked), but no longer part of the version. */
  detached: (ReviewProvenance & { reason: string }) | null;
  /** The stored file re-hashed when the review was produced. */
  integrity: DocumentIntegrity;
}

export interface ReviewSignature {
  signedBy: string;
  party: SigningParty;
  signedOn: CalendarDate;
  documentSha256: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** One audit-trail line: who changed what, when, on whose direction and why, before → after. */
export interface AuditLine {
  position: number;
  streamRevision: number;
  eventType: string;
  at: string;
  by: string;
  role: string;
  directedBy: string | null;
  why: string | null;
  kind: LicenceChangeKind;
  field: string;
  versionId: string | null;
  versionLabel: string | null;
  termKey: string | null;
  termLabel: string | null;
  before: unknown;
  after: unknown;
  /** The change in words, e.g. `ILL electronic: Prohibited (explicit) → Permitted (explicit) (version "Amendment 1", …)`. */
  summary: string;
}

export interface ReviewIntegrityProblem {
  kind: string;
  /** '(whole log)' (WHOLE_LOG of @era/event-store) for a problem of the log as a whole (log-has-gaps). */
  streamId: string;
  /** -1 when the problem belongs to no stream. */
  streamRevision: number;
  message: string;
}

export interface ReviewSealCheck {
  digest: string;
  sealedThroughPosition: number;
  recordedAt: string;
  position: number;
  /** Whether the seal's digest matches its heads and the sealed streams reviewed still hold what it sealed. */
  ok: boolean;
  /**
   * Categories of the streams reviewed that this seal holds by their heads' digest only (too many streams to list):
   * the review cannot check them against it (`era verify`, walking the whole log, does). Absent when none.
   */
  sealedByDigestOnly?: string[];
}

/**
 * Hash-chain verification of the streams involved, as stored now (so later tampering shows too), and of the whole
 * log's continuity. Apart from the problems found, it depends only on what was recorded up to asOf.
 */
export interface ReviewVerification {
  /**
   * Sorted stream ids: the licence streams reviewed, the vocabulary stream and the seal stream; in a review of all
   * licences also every licence stream a seal recorded up to asOf names.
   */
  streams: string[];
  ok: boolean;
  /**
   * How many of the events checked were recorded up to asOf. Every event of those streams stored now is checked
   * (tampering since must show), but only these are counted, so that later appends leave the review unchanged.
   */
  eventsCheckedUpToAsOf: number;
  /** Problems in those streams, as stored now, wherever in them; and log-has-gaps for the whole log. */
  problems: ReviewIntegrityProblem[];
  /** Seals recorded up to asOf, with their check against the streams reviewed. */
  seals: ReviewSealCheck[];
}

/** Added to a review produced with POST …/compliance-reviews: the seal recorded just before it. */
export interface ReviewSeal {
  digest: string;
  sealedThroughPosition: number;
  streamCount: number;
}

export type SealedComplianceReview = ComplianceReview & { seal: ReviewSeal };
