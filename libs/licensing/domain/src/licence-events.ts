import { canonicalId, DomainEvent } from '@era/decider';
import { AmendmentEffect, LicenceLifecycle } from './licence-lists-events';
import { TermEntry, TermValues } from './term-values';

/** The licence types, statuses and document types the service knew before they became lists (licence-lists-events.ts). */
export const LICENCE_TYPES = ['local', 'consortial', 'national', 'alliance'] as const;
/** A key of the licence-type list. */
export type LicenceType = string;

export const LICENCE_STATUSES = ['in-negotiation', 'not-yet-active', 'active', 'rejected', 'expired', 'terminated'] as const;
/** A key of the licence-status list; what it means for the licence's life is its lifecycle. */
export type LicenceStatus = string;

export const VERSION_KINDS = ['original', 'amendment', 'renewal'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const DOCUMENT_TYPES = ['licence', 'amendment', 'countersigned-copy', 'order-form', 'seru-statement', 'consortium-authorisation'] as const;
/** A key of the document-type list. */
export type DocumentType = string;

export const SIGNING_PARTIES = ['licensor', 'licensee', 'consortium'] as const;
export type SigningParty = (typeof SIGNING_PARTIES)[number];

/**
 * How a version's end is to be read (FOLIO's endDateSemantics): `explicit`, the agreement names its end date
 * (effectiveTo is set); `open-ended`, it runs until terminated (effectiveTo is null); `implicit`, it names no end but
 * one is implied (say, by the subscription it goes with): effectiveTo may hold that implied end or be null, and answers
 * say the end is implicit.
 */
export const END_DATE_SEMANTICS = ['explicit', 'open-ended', 'implicit'] as const;
export type EndDateSemantics = (typeof END_DATE_SEMANTICS)[number];

/** An organisation party to the licence, with each role it plays (organisation-role keys: licensor, licensee, consortium, …). */
export interface LicenceOrganisation {
  name: string;
  roles: readonly string[];
  note?: string;
  /** The licence's primary organisation (FOLIO's primaryOrg); absent: not marked. */
  primary?: boolean;
  /** The organisation's id in the system the licence was imported from (FOLIO's orgsUuid), so that an export names it again. */
  sourceId?: string;
}

/** A member of staff the licence names, and in which role (contact-role keys: licence manager, negotiator, …). */
export interface InternalContact {
  staffId: string;
  role: string;
}

/** Whether a document is the agreement itself (core) or goes with it (supplementary). */
export const DOCUMENT_CATEGORIES = ['core', 'supplementary'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** Calendar date YYYY-MM-DD; effective-to is inclusive. */
export type CalendarDate = string;

export interface LicenceDrafted {
  licenceId: string;
  name: string;
  type: LicenceType;
  /** Drafts recorded before licences named their organisations: read as an organisation in the licensor role. */
  licensor?: string;
  /** Drafts recorded before licences named their organisations: read as an organisation in the consortium role. */
  consortium?: string;
  /** Every organisation party to the licence, with its roles; absent in drafts recorded before. */
  organisations?: LicenceOrganisation[];
  /** A licence entered after the fact starts at the status it has (absent: in-negotiation). */
  status?: LicenceStatus;
  /** The lifecycle of `status` when it was recorded; absent means the status key is itself a lifecycle. */
  lifecycle?: LicenceLifecycle;
  description?: string;
  alternateNames?: string[];
  tags?: string[];
  contacts?: InternalContact[];
  resourceIds: string[];
}

/** A data-entry mistake in the licence's own details, fixed. Only the given fields change. */
export interface LicenceDetailsCorrected {
  licenceId: string;
  name?: string;
  type?: LicenceType;
  /** Corrections recorded before licences named their organisations; new ones correct `organisations`. */
  licensor?: string;
  /** Corrections recorded before licences named their organisations (null removed the consortium). */
  consortium?: string | null;
  /** The whole list as corrected. */
  organisations?: LicenceOrganisation[];
  /** null removes the description. */
  description?: string | null;
  alternateNames?: string[];
  tags?: string[];
  contacts?: InternalContact[];
  reason: string;
}

/** The licence moved to another status (a fact of the negotiation or of the contract's life). */
export interface LicenceStatusRecorded {
  licenceId: string;
  from: LicenceStatus;
  to: LicenceStatus;
  /** The lifecycle of `to` when it was recorded; absent in events recorded before statuses were a list (then `to` is one). */
  lifecycle?: LicenceLifecycle;
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
  /** As in LicenceStatusRecorded. */
  lifecycle?: LicenceLifecycle;
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
  /** null: the agreement states no start date (answers then say the effective date is unknown). */
  effectiveFrom: CalendarDate | null;
  /** Inclusive; null is no stated end (read with endDateSemantics). */
  effectiveTo: CalendarDate | null;
  /** Absent in versions recorded before: explicit when effectiveTo is set, open-ended when it is null. */
  endDateSemantics?: EndDateSemantics;
  /** Amendments only: a key of the amendment-status list (FOLIO's Current, Future, Historical, Does not apply). */
  status?: string;
  /** The amendment effect of `status` when it was recorded (fixed when the status was defined); absent: by-dates. */
  amendmentEffect?: AmendmentEffect;
  description?: string;
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
  effectiveFrom?: CalendarDate | null;
  effectiveTo?: CalendarDate | null;
  endDateSemantics?: EndDateSemantics;
  /** null removes the amendment status. */
  status?: string | null;
  /** The amendment effect of a corrected `status` (absent with a status: by-dates). */
  amendmentEffect?: AmendmentEffect;
  /** null removes the description. */
  description?: string | null;
  terms?: Readonly<Record<string, TermEntry | null>>;
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
  /** What staff call the document (absent: its file name). */
  name?: string;
  note?: string;
  /** Absent in attachments recorded before: core. */
  category?: DocumentCategory;
}

/**
 * A document known without its file here: at a URL, or at a physical location (a filing cabinet, the vendor's
 * portal). `referenceId` names it within the version (FOLIO's document id on import, otherwise one the client chose).
 */
export interface LicenceDocumentReferenced {
  licenceId: string;
  versionId: string;
  referenceId: string;
  name: string;
  documentType: DocumentType;
  category: DocumentCategory;
  url?: string;
  location?: string;
  note?: string;
}

/** A document reference recorded by mistake removed from its version: it stays listed in history, marked removed. */
export interface LicenceDocumentReferenceRemoved {
  licenceId: string;
  versionId: string;
  referenceId: string;
  reason: string;
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
  | DomainEvent<'LicenceDocumentReferenced', LicenceDocumentReferenced>
  | DomainEvent<'LicenceDocumentReferenceRemoved', LicenceDocumentReferenceRemoved>
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
  'LicenceDocumentReferenced',
  'LicenceDocumentReferenceRemoved',
];

export const LICENCE_STREAM_PREFIX = 'licence-';
/** One stream per licence; the id in its canonical form, so that an upper-case UUID names the same licence. */
export const licenceStream = (licenceId: string) => `${LICENCE_STREAM_PREFIX}${canonicalId(licenceId)}`;
