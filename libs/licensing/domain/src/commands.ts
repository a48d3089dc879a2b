import { Command } from '@era/decider';
import {
  DocumentCategory,
  DocumentType,
  EndDateSemantics,
  InternalContact,
  LicenceOrganisation,
  LicenceStatus,
  LicenceType,
  SigningParty,
  VersionKind,
} from './licence-events';
import { AmendmentEffect, LicenceLifecycle, LicenceList } from './licence-lists-events';
import { TermEntry, TermValueType } from './term-values';
import { TermOption } from './vocabulary-events';

/**
 * What a user asked, as sent: text untrimmed, ids in whatever case the client wrote them. The deciders trim,
 * canonicalise and refuse; nothing here is checked beyond its shape.
 */

/** A new licence, in negotiation until its status is recorded otherwise. */
export type DraftLicence = Command<
  'DraftLicence',
  {
    licenceId: string;
    name: string;
    type: LicenceType;
    /** Shorthand for an organisation in the licensor role; optional until the licence becomes active. */
    licensor?: string;
    /** Shorthand for an organisation in the consortium role. */
    consortium?: string;
    organisations?: readonly LicenceOrganisation[];
    /** A licence entered after the fact starts at the status it has (default: in-negotiation). */
    status?: LicenceStatus;
    description?: string;
    alternateNames?: readonly string[];
    tags?: readonly string[];
    contacts?: readonly InternalContact[];
    resourceIds?: readonly string[];
  }
>;

/** Only the fields given change; lists given replace the recorded ones whole; a description of null removes it. */
export type CorrectLicenceDetails = Command<
  'CorrectLicenceDetails',
  {
    licenceId: string;
    name?: string;
    type?: LicenceType;
    /** Shorthands, as in DraftLicence: they replace the organisations in that role. */
    licensor?: string;
    consortium?: string | null;
    organisations?: readonly LicenceOrganisation[];
    description?: string | null;
    alternateNames?: readonly string[];
    tags?: readonly string[];
    contacts?: readonly InternalContact[];
    reason: string;
  }
>;

export type RecordLicenceStatus = Command<'RecordLicenceStatus', { licenceId: string; to: LicenceStatus; reason?: string }>;

export type CorrectLicenceStatus = Command<'CorrectLicenceStatus', { licenceId: string; to: LicenceStatus; reason: string }>;

export type LinkResources = Command<'LinkResources', { licenceId: string; resourceIds: readonly string[] }>;

export type UnlinkResources = Command<'UnlinkResources', { licenceId: string; resourceIds: readonly string[]; reason?: string }>;

/** `terms` by term key; a null value is refused (a new version states values: a term left out is not stated). */
export type RecordVersion = Command<
  'RecordVersion',
  {
    licenceId: string;
    versionId: string;
    kind: VersionKind;
    label: string;
    /** null or absent: the agreement states no start date. */
    effectiveFrom?: string | null;
    /** Inclusive; null or absent: no stated end. */
    effectiveTo?: string | null;
    /** Default: explicit when effectiveTo is given, open-ended otherwise. */
    endDateSemantics?: EndDateSemantics;
    /** Amendments only: a key of the amendment-status list. */
    status?: string;
    description?: string;
    terms: Readonly<Record<string, TermEntry | null>>;
    /** Staff id of whoever directed the entry: someone who directs licence work. */
    directedBy?: string;
  }
>;

/** Only the fields given change; in `terms`, a value replaces the recorded one and null removes it. */
export type CorrectVersion = Command<
  'CorrectVersion',
  {
    licenceId: string;
    versionId: string;
    reason: string;
    kind?: VersionKind;
    label?: string;
    effectiveFrom?: string | null;
    effectiveTo?: string | null;
    endDateSemantics?: EndDateSemantics;
    status?: string | null;
    description?: string | null;
    terms?: Readonly<Record<string, TermEntry | null>>;
    directedBy?: string;
  }
>;

export type ConfirmVersion = Command<'ConfirmVersion', { licenceId: string; versionId: string; note?: string }>;

export type WithdrawVersion = Command<'WithdrawVersion', { licenceId: string; versionId: string; reason: string }>;

/** A document already in the document store (its address and size as stored), attached to a version. */
export type AttachDocument = Command<
  'AttachDocument',
  {
    licenceId: string;
    versionId: string;
    sha256: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    documentType: DocumentType;
    name?: string;
    note?: string;
    category?: DocumentCategory;
  }
>;

/** A document known by URL or physical location, without its file here: one of `url` and `location` at least. */
export type ReferenceDocument = Command<
  'ReferenceDocument',
  {
    licenceId: string;
    versionId: string;
    referenceId: string;
    name: string;
    documentType: DocumentType;
    category?: DocumentCategory;
    url?: string;
    location?: string;
    note?: string;
  }
>;

export type RemoveDocumentReference = Command<'RemoveDocumentReference', { licenceId: string; versionId: string; referenceId: string; reason: string }>;

export type DetachDocument = Command<'DetachDocument', { licenceId: string; versionId: string; sha256: string; reason: string }>;

export type RecordSignature = Command<
  'RecordSignature',
  { licenceId: string; versionId: string; signedBy: string; party: SigningParty; signedOn: string; documentSha256?: string }
>;

export type LicenceCommand =
  | DraftLicence
  | CorrectLicenceDetails
  | RecordLicenceStatus
  | CorrectLicenceStatus
  | LinkResources
  | UnlinkResources
  | RecordVersion
  | CorrectVersion
  | ConfirmVersion
  | WithdrawVersion
  | AttachDocument
  | DetachDocument
  | ReferenceDocument
  | RemoveDocumentReference
  | RecordSignature;

/** The default vocabulary, recorded once, by the service itself, before the first write that needs it. */
export type SeedVocabulary = Command<'SeedVocabulary', Record<string, never>>;

export type DefineTerm = Command<
  'DefineTerm',
  {
    key: string;
    label: string;
    valueType: TermValueType;
    description?: string;
    category?: string;
    multiple?: boolean;
    range?: { min?: number; max?: number };
    options?: readonly TermOption[];
    internalByDefault?: boolean;
  }
>;

export type RelabelTerm = Command<'RelabelTerm', { key: string; label: string; description?: string; reason?: string }>;

export type DeprecateTerm = Command<'DeprecateTerm', { key: string; reason: string }>;

export type VocabularyCommand = SeedVocabulary | DefineTerm | RelabelTerm | DeprecateTerm;

/** The default values of every licence list, recorded once, by the service itself, before the first write that needs them. */
export type SeedLicenceLists = Command<'SeedLicenceLists', Record<string, never>>;

export type DefineListValue = Command<
  'DefineListValue',
  { list: LicenceList; key: string; label: string; description?: string; lifecycle?: LicenceLifecycle; amendmentEffect?: AmendmentEffect }
>;

export type RelabelListValue = Command<'RelabelListValue', { list: LicenceList; key: string; label: string; description?: string; reason?: string }>;

export type DeprecateListValue = Command<'DeprecateListValue', { list: LicenceList; key: string; reason: string }>;

export type LicenceListCommand = SeedLicenceLists | DefineListValue | RelabelListValue | DeprecateListValue;
