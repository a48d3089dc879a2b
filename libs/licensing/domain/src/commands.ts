import { Command } from '@era/decider';
import { DocumentType, LicenceStatus, LicenceType, SigningParty, VersionKind } from './licence-events';
import { TermValue, TermValueType } from './term-values';

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
    licensor: string;
    type: LicenceType;
    /** Required for consortial licences, refused for others. */
    consortium?: string;
    resourceIds?: readonly string[];
  }
>;

/** Only the fields given change; a consortium of null removes it. */
export type CorrectLicenceDetails = Command<
  'CorrectLicenceDetails',
  { licenceId: string; name?: string; licensor?: string; type?: LicenceType; consortium?: string | null; reason: string }
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
    effectiveFrom: string;
    /** Inclusive; null or absent: an open end. */
    effectiveTo?: string | null;
    terms: Readonly<Record<string, TermValue | null>>;
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
    effectiveFrom?: string;
    effectiveTo?: string | null;
    terms?: Readonly<Record<string, TermValue | null>>;
    directedBy?: string;
  }
>;

export type ConfirmVersion = Command<'ConfirmVersion', { licenceId: string; versionId: string; note?: string }>;

export type WithdrawVersion = Command<'WithdrawVersion', { licenceId: string; versionId: string; reason: string }>;

/** A document already in the document store (its address and size as stored), attached to a version. */
export type AttachDocument = Command<
  'AttachDocument',
  { licenceId: string; versionId: string; sha256: string; fileName: string; mediaType: string; sizeBytes: number; documentType: DocumentType }
>;

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
  | RecordSignature;

/** The default vocabulary, recorded once, by the service itself, before the first write that needs it. */
export type SeedVocabulary = Command<'SeedVocabulary', Record<string, never>>;

export type DefineTerm = Command<'DefineTerm', { key: string; label: string; valueType: TermValueType; description?: string; category?: string }>;

export type RelabelTerm = Command<'RelabelTerm', { key: string; label: string; description?: string; reason?: string }>;

export type DeprecateTerm = Command<'DeprecateTerm', { key: string; reason: string }>;

export type VocabularyCommand = SeedVocabulary | DefineTerm | RelabelTerm | DeprecateTerm;
