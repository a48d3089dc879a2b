import { CalendarDate, DocumentType, LicenceStatus, LicenceType, SigningParty, VersionKind } from './licence-events';
import { TermValues } from './term-values';

/** Who wrote an event and when, as its metadata says: folded into state so that views can show it. */
export interface Provenance {
  actorId: string;
  actorRole: string;
  recordedAt: string;
  directedBy?: string;
}

export interface AttachedDocument {
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  documentType: DocumentType;
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

export interface LicenceVersion {
  versionId: string;
  kind: VersionKind;
  label: string;
  effectiveFrom: CalendarDate;
  effectiveTo: CalendarDate | null;
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
  signatures: Signature[];
}

export interface LicenceDetails {
  licenceId: string;
  name: string;
  licensor: string;
  type: LicenceType;
  consortium?: string;
  status: LicenceStatus;
  resourceIds: string[];
  versions: LicenceVersion[];
  drafted: Provenance;
}

export type LicenceState = { exists: false } | ({ exists: true } & LicenceDetails);

export const initialLicence: LicenceState = { exists: false };
