import { canonicalId, DomainEvent } from '@era/decider';
import { TermValue, TermValues } from './term-values';

export const LICENCE_TYPES = ['local', 'consortial', 'national', 'alliance'] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];

export const LICENCE_STATUSES = ['in-negotiation', 'not-yet-active', 'active', 'rejected', 'expired', 'terminated'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export const VERSION_KINDS = ['original', 'amendment', 'renewal'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const DOCUMENT_TYPES = ['licence', 'amendment', 'countersigned-copy', 'order-form', 'seru-statement', 'consortium-authorisation'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const SIGNING_PARTIES = ['licensor', 'licensee', 'consortium'] as const;
export type SigningParty = (typeof SIGNING_PARTIES)[number];

/** Calendar date YYYY-MM-DD; effective-to is inclusive. */
export type CalendarDate = string;

export interface LicenceDrafted {
  licenceId: string;
  name: string;
  licensor: string;
  type: LicenceType;
  /** Required for consortial licences, absent otherwise. */
  consortium?: string;
  resourceIds: string[];
}

/** A data-entry mistake in the licence's own details, fixed. Only the given fields change. */
export interface LicenceDetailsCorrected {
  licenceId: string;
  name?: string;
  licensor?: string;
  type?: LicenceType;
  consortium?: string | null;
  reason: string;
}

/** The licence moved to another status (a fact of the negotiation or of the contract's life). */
export interface LicenceStatusRecorded {
  licenceId: string;
  from: LicenceStatus;
  to: LicenceStatus;
  reason?: string;
}

/**
 * A status recorded by mistake put right: it fixes what we know, not the contract's life, so it is not held to the
 * transition table (any status to any other). The reason is mandatory.
 */
export interface LicenceStatusCorrected {
  licenceId: string;
  from: LicenceStatus;
  to: LicenceStatus;
  reason: string;
}

export interface LicenceResourcesLinked {
  licenceId: string;
  resourceIds: string[];
}

export interface LicenceResourcesUnlinked {
  licenceId: string;
  resourceIds: string[];
  reason?: string;
}

/** The original agreement, an amendment or a renewal, with the term values it states. */
export interface LicenceVersionRecorded {
  licenceId: string;
  versionId: string;
  kind: VersionKind;
  label: string;
  effectiveFrom: CalendarDate;
  /** Inclusive; null is an open end. */
  effectiveTo: CalendarDate | null;
  terms: TermValues;
  /** Staff id of the librarian on whose direction this was entered, where given. */
  directedBy?: string;
}

/**
 * A data-entry mistake in a version fixed: changes what we know, not what the licence said. Only the given fields
 * change; in `terms`, a value replaces the recorded one and null removes a value entered by mistake.
 */
export interface LicenceVersionCorrected {
  licenceId: string;
  versionId: string;
  reason: string;
  /** Absent in events recorded before kinds could be corrected. */
  kind?: VersionKind;
  label?: string;
  effectiveFrom?: CalendarDate;
  effectiveTo?: CalendarDate | null;
  terms?: Readonly<Record<string, TermValue | null>>;
  directedBy?: string;
}

/** The Scholarly Resources Librarian confirmed the version as recorded (up to the given correction count). */
export interface LicenceVersionConfirmed {
  licenceId: string;
  versionId: string;
  /** How many corrections the confirmed version had; a later correction makes it unconfirmed again. */
  corrections: number;
  note?: string;
}

/**
 * A version recorded by mistake (say, on the wrong licence) withdrawn. It stays in history, marked withdrawn, but no
 * longer counts towards the effective terms and takes no further corrections, confirmations, documents or signatures.
 */
export interface LicenceVersionWithdrawn {
  licenceId: string;
  versionId: string;
  reason: string;
}

export interface LicenceDocumentAttached {
  licenceId: string;
  versionId: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  documentType: DocumentType;
}

/**
 * A document attached by mistake detached from its version. The stored file is never deleted (it is content-addressed
 * and may be referred to elsewhere); signatures that name it keep naming it. It may be attached again later.
 */
export interface LicenceDocumentDetached {
  licenceId: string;
  versionId: string;
  sha256: string;
  reason: string;
}

export interface LicenceSignatureRecorded {
  licenceId: string;
  versionId: string;
  /** Name of the signatory as on the agreement (a party's representative, not a patron). */
  signedBy: string;
  party: SigningParty;
  signedOn: CalendarDate;
  /** The signed document, where it is on file. */
  documentSha256?: string;
}

export type LicenceEvent =
  | DomainEvent<'LicenceDrafted', LicenceDrafted>
  | DomainEvent<'LicenceDetailsCorrected', LicenceDetailsCorrected>
  | DomainEvent<'LicenceStatusRecorded', LicenceStatusRecorded>
  | DomainEvent<'LicenceStatusCorrected', LicenceStatusCorrected>
  | DomainEvent<'LicenceResourcesLinked', LicenceResourcesLinked>
  | DomainEvent<'LicenceResourcesUnlinked', LicenceResourcesUnlinked>
  | DomainEvent<'LicenceVersionRecorded', LicenceVersionRecorded>
  | DomainEvent<'LicenceVersionCorrected', LicenceVersionCorrected>
  | DomainEvent<'LicenceVersionConfirmed', LicenceVersionConfirmed>
  | DomainEvent<'LicenceVersionWithdrawn', LicenceVersionWithdrawn>
  | DomainEvent<'LicenceDocumentAttached', LicenceDocumentAttached>
  | DomainEvent<'LicenceDocumentDetached', LicenceDocumentDetached>
  | DomainEvent<'LicenceSignatureRecorded', LicenceSignatureRecorded>;

export type LicenceEventType = LicenceEvent['type'];

export const LICENCE_EVENT_TYPES: readonly LicenceEventType[] = [
  'LicenceDrafted',
  'LicenceDetailsCorrected',
  'LicenceStatusRecorded',
  'LicenceResourcesLinked',
  'LicenceResourcesUnlinked',
  'LicenceVersionRecorded',
  'LicenceVersionCorrected',
  'LicenceVersionConfirmed',
  'LicenceDocumentAttached',
  'LicenceSignatureRecorded',
  'LicenceStatusCorrected',
  'LicenceVersionWithdrawn',
  'LicenceDocumentDetached',
];

export const LICENCE_STREAM_PREFIX = 'licence-';
/** One stream per licence; the id in its canonical form, so that an upper-case UUID names the same licence. */
export const licenceStream = (licenceId: string) => `${LICENCE_STREAM_PREFIX}${canonicalId(licenceId)}`;
