import {
  AttachedDocument,
  byText,
  DocumentCategory,
  DocumentReference,
  EndDateSemantics,
  LicenceDetails,
  LicenceListsState,
  LicenceVersion,
  Provenance,
  VocabularyState,
} from '@era/licensing-domain';
import { folioCustomProperties, inverseTermMapping, InverseTermMapping } from './folio-custom-properties';
import { FolioLicenceJson, FolioTermMapping } from './folio-migration';
import { FolioRefdata, folioValueOfKey, listRefdata } from './folio-refdata';

const END_DATE_SEMANTICS_LABELS: Readonly<Record<EndDateSemantics, string>> = { explicit: 'Explicit', 'open-ended': 'Open ended', implicit: 'Implicit' };

const semanticsRefdata = (semantics: EndDateSemantics): FolioRefdata => ({ value: folioValueOfKey(semantics), label: END_DATE_SEMANTICS_LABELS[semantics] });

/** The version that is the agreement itself: the first original recorded (and not withdrawn). */
export function originalVersionOf(details: LicenceDetails): LicenceVersion | undefined {
  return liveVersions(details).find((version) => version.kind === 'original');
}

/** Versions in the order they were recorded, less those withdrawn as recorded by mistake. */
const liveVersions = (details: LicenceDetails): LicenceVersion[] =>
  details.versions.filter((version) => version.withdrawn === undefined).sort((a, b) => a.sequence - b.sequence);

/** Every provenance folded into the licence, so that created and updated times can be read from them. */
function provenancesOf(details: LicenceDetails): Provenance[] {
  return [
    details.drafted,
    ...details.versions.flatMap((version) => [
      version.recorded,
      ...(version.lastCorrected ? [version.lastCorrected] : []),
      ...version.documents.map((document) => document.attached),
      ...version.references.map((reference) => reference.referenced),
    ]),
  ];
}

/**
 * dateCreated and lastUpdated: a migrated licence keeps the source system's own times (absent there, absent here);
 * one entered here answers when it was drafted and when it was last written.
 */
function datesOf(details: LicenceDetails): { dateCreated?: string; lastUpdated?: string } {
  const imported = details.drafted.imported;
  if (imported) {
    const updated = provenancesOf(details)
      .map((provenance) => provenance.imported?.updatedAt)
      .filter((at): at is string => at !== undefined)
      .sort();
    const lastUpdated = updated.at(-1);
    return { ...(imported.createdAt !== undefined && { dateCreated: imported.createdAt }), ...(lastUpdated !== undefined && { lastUpdated }) };
  }
  const lastUpdated = provenancesOf(details)
    .map((provenance) => provenance.recordedAt)
    .sort()
    .at(-1);
  return { dateCreated: details.drafted.recordedAt, ...(lastUpdated !== undefined && { lastUpdated }) };
}

function referenceJson(reference: DocumentReference, lists: LicenceListsState): Record<string, unknown> {
  return {
    id: reference.referenceId,
    name: reference.name,
    atType: listRefdata(lists, 'document-type', reference.documentType),
    ...(reference.url !== undefined && { url: reference.url }),
    ...(reference.location !== undefined && { location: reference.location }),
    ...(reference.note !== undefined && { note: reference.note }),
  };
}

/** A file held here: FOLIO's fileUpload names it; its bytes stay here (GET the licence's document to download them). */
function attachedJson(document: AttachedDocument, lists: LicenceListsState): Record<string, unknown> {
  return {
    id: document.sha256,
    name: document.name ?? document.fileName,
    atType: listRefdata(lists, 'document-type', document.documentType),
    ...(document.note !== undefined && { note: document.note }),
    fileUpload: { id: document.sha256, name: document.fileName, size: document.sizeBytes, contentType: document.mediaType },
  };
}

/** A version's documents as FOLIO's docs (core) or supplementaryDocs: references first, then files, each in recorded order. */
function documentsJson(version: LicenceVersion | undefined, category: DocumentCategory, lists: LicenceListsState): Record<string, unknown>[] {
  if (!version) return [];
  const references = version.references
    .filter((reference) => reference.removed === undefined && reference.category === category)
    .map((reference) => referenceJson(reference, lists));
  const files = version.documents
    .filter((document) => document.detached === undefined && (document.category ?? 'core') === category)
    .map((document) => attachedJson(document, lists));
  return [...references, ...files];
}

function datesJson(version: LicenceVersion): Record<string, unknown> {
  return {
    ...(version.effectiveFrom !== null && { startDate: version.effectiveFrom }),
    ...(version.effectiveTo !== null && { endDate: version.effectiveTo }),
    endDateSemantics: semanticsRefdata(version.endDateSemantics),
    openEnded: version.endDateSemantics === 'open-ended',
  };
}

/** An amendment (or a renewal, which FOLIO knows only as an amendment) with its own status, dates, terms and documents. */
function amendmentJson(version: LicenceVersion, vocabulary: VocabularyState, lists: LicenceListsState, inverse: InverseTermMapping): Record<string, unknown> {
  return {
    id: version.versionId,
    name: version.label,
    ...(version.description !== undefined && { description: version.description }),
    ...(version.status !== undefined && { status: listRefdata(lists, 'amendment-status', version.status) }),
    ...datesJson(version),
    customProperties: folioCustomProperties(version.terms, vocabulary, inverse),
    docs: documentsJson(version, 'core', lists),
    supplementaryDocs: documentsJson(version, 'supplementary', lists),
  };
}

/**
 * One licence as FOLIO's GET /licenses/licenses answers it, so that a library is never locked in: importing the export
 * gives the same licences. The licence's own dates and terms are those of its original version; every other version
 * is an amendment. Deterministic: keys in a fixed order and arrays in recorded (or name) order, so that the same ledger
 * exports the same bytes. `id` is the source record's id for a migrated licence (so a re-import finds it), else the
 * licence's own.
 */
export function exportFolioLicence(
  details: LicenceDetails,
  vocabulary: VocabularyState,
  lists: LicenceListsState,
  mapping: FolioTermMapping,
): FolioLicenceJson {
  const inverse = inverseTermMapping(mapping);
  const original = originalVersionOf(details);
  const amendments = liveVersions(details).filter((version) => version !== original);
  return {
    id: details.drafted.imported?.id ?? details.licenceId,
    name: details.name,
    ...(details.description !== undefined && { description: details.description }),
    ...datesOf(details),
    type: listRefdata(lists, 'licence-type', details.type),
    status: listRefdata(lists, 'licence-status', details.status),
    ...(original ? datesJson(original) : {}),
    orgs: details.organisations.map((organisation) => ({
      org: { name: organisation.name },
      roles: organisation.roles.map((role) => ({ role: listRefdata(lists, 'organisation-role', role) })),
      ...(organisation.note !== undefined && { note: organisation.note }),
    })),
    contacts: details.contacts.map((contact) => ({ user: contact.staffId, role: listRefdata(lists, 'contact-role', contact.role) })),
    tags: details.tags.map((tag) => ({ value: tag })),
    alternateNames: details.alternateNames.map((name) => ({ name })),
    docs: documentsJson(original, 'core', lists),
    supplementaryDocs: documentsJson(original, 'supplementary', lists),
    customProperties: original ? folioCustomProperties(original.terms, vocabulary, inverse) : {},
    amendments: amendments.map((version) => amendmentJson(version, vocabulary, lists, inverse)),
  };
}

/** Every licence, in the order of its FOLIO id, as the JSON array FOLIO's API answers: the same ledger gives the same bytes. */
export function exportFolioLicences(
  licences: readonly LicenceDetails[],
  vocabulary: VocabularyState,
  lists: LicenceListsState,
  mapping: FolioTermMapping,
): FolioLicenceJson[] {
  return licences.map((details) => exportFolioLicence(details, vocabulary, lists, mapping)).sort((a, b) => byText(String(a.id), String(b.id)));
}
