import {
  CalendarDate,
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
import { AmendmentEffect, LicenceLifecycle } from './licence-lists-events';
import { TermValues } from './term-values';
import { ImportedFrom } from '@era/decider';

/** Who wrote an event and when, as its metadata says: folded into state so that views can show it. */
export interface Provenance {
  actorId: string;
  actorRole: string;
  recordedAt: string;
  directedBy?: string;
  /** Present when the event was recorded by a migration import: the source record it came from. */
  imported?: ImportedFrom;
}

export interface AttachedDocument {
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  documentType: DocumentType;
  name?: string;
  note?: string;
  category?: DocumentCategory;
  attached: Provenance;
  /** Present once the document was detached as attached by mistake: still listed, and its file still kept. */
  detached?: Provenance & { reason: string };
}

export interface Signature {
  signedBy: string;
  party: SigningParty;
  signedOn: CalendarDate;
  documentSha256?: string;
  recorded: Provenance;
}

/** A document known by URL or physical location, without its file here. */
export interface DocumentReference {
  referenceId: string;
  name: string;
  documentType: DocumentType;
  category: DocumentCategory;
  url?: string;
  location?: string;
  note?: string;
  referenced: Provenance;
  /** Present once removed as recorded by mistake: still listed. */
  removed?: Provenance & { reason: string };
}

export interface LicenceVersion {
  versionId: string;
  kind: VersionKind;
  label: string;
  /** null: the agreement states no start date. */
  effectiveFrom: CalendarDate | null;
  effectiveTo: CalendarDate | null;
  endDateSemantics: EndDateSemantics;
  /** Amendments: a key of the amendment-status list. */
  status?: string;
  /** What `status` means for the amendment rule, as recorded with it; absent: by-dates. */
  amendmentEffect?: AmendmentEffect;
  description?: string;
  terms: TermValues;
  /** Order in which versions were recorded: breaks ties between equal effective-from dates. */
  sequence: number;
  recorded: Provenance;
  corrections: number;
  lastCorrected?: Provenance & { reason: string };
  /** Present while the version as now recorded is confirmed; cleared by a later correction. */
  confirmed?: Provenance & { note?: string };
  /** Present once the version was withdrawn as recorded by mistake: kept in history, no longer in effect. */
  withdrawn?: Provenance & { reason: string };
  /** Every document attached, in attachment order, detached ones included. */
  documents: AttachedDocument[];
  /** Every document reference, in recording order, removed ones included. */
  references: DocumentReference[];
  signatures: Signature[];
}

export interface LicenceDetails {
  licenceId: string;
  name: string;
  /** The first organisation in the licensor role, where one is named (kept for lists and indexes). */
  licensor?: string;
  type: LicenceType;
  /** The first organisation in the consortium role, where one is named. */
  consortium?: string;
  organisations: LicenceOrganisation[];
  description?: string;
  alternateNames: string[];
  tags: string[];
  contacts: InternalContact[];
  status: LicenceStatus;
  /** What the status means for the licence's life: transitions and "only an active licence answers" read this. */
  lifecycle: LicenceLifecycle;
  resourceIds: string[];
  versions: LicenceVersion[];
  drafted: Provenance;
}

export type LicenceState = { exists: false } | ({ exists: true } & LicenceDetails);

export const initialLicence: LicenceState = { exists: false };
