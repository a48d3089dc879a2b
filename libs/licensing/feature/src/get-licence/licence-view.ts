import {
  AmendmentEffect,
  AttachedDocument,
  DocumentReference,
  effectiveTermsOn,
  EndDateSemantics,
  LicenceDetails,
  LicenceListsState,
  LicenceVersion,
  Provenance,
  Signature,
  VersionKind,
} from '@era/licensing-domain';
import { LicenceDocument } from '@era/projection-licences';
import { Vocabulary } from '../read-side/licence-reads';
import { LicenceRecordView, licenceRecordView } from '../read-side/licence-record-view';
import { LicenceSummary, licenceSummary } from '../read-side/licence-summary';
import { Reflecting } from '../read-side/reflecting';
import { TermsInForceView, termsInForceView, TermValueView, versionTermViews } from '../read-side/term-views';

export interface VersionView {
  versionId: string;
  kind: VersionKind;
  label: string;
  /** null: the agreement states no start (its effective date is unknown). */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  endDateSemantics: EndDateSemantics;
  /** Amendments: a key of the amendment-status list, and what it means for the amendment rule. */
  status?: string;
  amendmentEffect?: AmendmentEffect;
  description?: string;
  /** Recording order: breaks ties between equal effective-from dates. */
  sequence: number;
  /** Unconfirmed until the librarian confirms it, and again after any later correction. */
  confirmed: boolean;
  /** Who confirmed the version as it now stands, and when. */
  confirmation?: Provenance & { note?: string };
  recorded: Provenance;
  corrections: number;
  lastCorrected?: Provenance & { reason: string };
  /** Who withdrew the version as recorded by mistake, when and why: it is listed still, but no longer in effect. */
  withdrawn?: Provenance & { reason: string };
  terms: TermValueView[];
  /** Every document attached, in attachment order; one detached by mistake carries `detached` (who, when, why). */
  documents: AttachedDocument[];
  /** Every document known by URL or location (no file here), in recording order; one removed by mistake carries `removed`. */
  references: DocumentReference[];
  signatures: Signature[];
}

export interface LicenceView extends LicenceSummary, LicenceRecordView, Reflecting {
  drafted: Provenance;
  /** Stream revision: also the ETag. */
  revision: number;
  updatedAt: string;
  /** Versions in recording order. */
  versions: VersionView[];
  termsInForceToday: TermsInForceView;
  /** Each linked resource id, and whether e-resources has it registered (absent when the application wires no register). */
  resources?: { resourceId: string; registered: boolean }[];
}

export function licenceView(
  document: LicenceDocument,
  licence: LicenceDetails,
  vocabulary: Vocabulary,
  lists: LicenceListsState,
  today: string,
): Omit<LicenceView, keyof Reflecting> {
  return {
    ...licenceSummary(document.id, licence),
    ...licenceRecordView(licence, lists),
    drafted: licence.drafted,
    revision: document.revision,
    updatedAt: document.updatedAt,
    versions: [...licence.versions].sort((a, b) => a.sequence - b.sequence).map((version) => versionView(version, vocabulary)),
    termsInForceToday: termsInForceView(effectiveTermsOn(licence, today), vocabulary),
  };
}

function versionView(version: LicenceVersion, vocabulary: Vocabulary): VersionView {
  const { confirmed, terms, lastCorrected, ...rest } = version;
  return {
    ...rest,
    confirmed: confirmed !== undefined,
    ...(confirmed !== undefined ? { confirmation: confirmed } : {}),
    ...(lastCorrected !== undefined ? { lastCorrected } : {}),
    terms: versionTermViews(terms, vocabulary),
  };
}
