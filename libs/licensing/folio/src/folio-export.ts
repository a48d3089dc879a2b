import {
  AttachedDocument,
  byText,
  DocumentCategory,
  DocumentReference,
  EndDateSemantics,
  LicenceDetails,
  LicenceList,
  LicenceListsState,
  LicenceOrganisation,
  LicenceVersion,
  Provenance,
  VocabularyState,
} from '@era/licensing-domain';
import { folioCustomProperties, inverseTermMapping, InverseTermMapping } from './folio-custom-properties';
import { FolioLicenceJson, FolioTermMapping } from './folio-migration';
import { FOLIO_STAFF_PREFIX } from './folio-ids';
import { FolioRefdata, folioListValues, folioValueOfKey, ListValueOfKey, listRefdata } from './folio-refdata';

/** The lists and how their keys read in FOLIO: what every refdata value of the export needs. */
interface Refs {
  lists: LicenceListsState;
  valueOf: ListValueOfKey;
}

const refdata = (refs: Refs, list: LicenceList, key: string) => listRefdata(refs.lists, refs.valueOf, list, key);

/** FOLIO users named as contacts are staff `folio:<user id>` here (folio-ids.ts): their FOLIO id again. */
const folioUserOf = (staffId: string) => (staffId.startsWith(FOLIO_STAFF_PREFIX) ? staffId.slice(FOLIO_STAFF_PREFIX.length) : staffId);

const END_DATE_SEMANTICS_LABELS: Readonly<Record<EndDateSemantics, string>> = { explicit: 'Explicit', 'open-ended': 'Open ended', implicit: 'Implicit' };

const semanticsRefdata = (semantics: EndDateSemantics): FolioRefdata => ({ value: folioValueOfKey(semantics), label: END_DATE_SEMANTICS_LABELS[semantics] });

/** The version that is the agreement itself: the first original recorded (and not withdrawn). */
export function originalVersionOf(details: LicenceDetails): LicenceVersion | undefined {
  return liveVersions(details).find((version) => version.kind === 'original');
}

/** Versions in the order they were recorded, less those withdrawn as recorded by mistake. */
const liveVersions = (details: LicenceDetails): LicenceVersion[] =>
  details.versions.filter((version) => version.withdrawn === undefined).sort((a, b) => a.sequence - b.sequence);

/** Every provenance folded into a version, so that created and updated times can be read from them. */
const versionProvenances = (version: LicenceVersion): Provenance[] => [
  version.recorded,
  ...(version.lastCorrected ? [version.lastCorrected] : []),
  ...version.documents.map((document) => document.attached),
  ...version.references.map((reference) => reference.referenced),
];

/**
 * dateCreated and lastUpdated of a FOLIO record (the licence, or an amendment): a migrated one keeps the source
 * system's own times (absent there, absent here), the latest update among the events recorded from that same source
 * record; one entered here answers when it was recorded and last written.
 */
function datesOf(created: Provenance, all: readonly Provenance[]): { dateCreated?: string; lastUpdated?: string } {
  const imported = created.imported;
  if (imported) {
    const lastUpdated = all
      .filter((provenance) => provenance.imported?.system === imported.system && provenance.imported.id === imported.id)
      .map((provenance) => provenance.imported?.updatedAt)
      .filter((at): at is string => at !== undefined)
      .sort()
      .at(-1);
    return { ...(imported.createdAt !== undefined && { dateCreated: imported.createdAt }), ...(lastUpdated !== undefined && { lastUpdated }) };
  }
  const lastUpdated = all
    .map((provenance) => provenance.recordedAt)
    .sort()
    .at(-1);
  return { dateCreated: created.recordedAt, ...(lastUpdated !== undefined && { lastUpdated }) };
}

function referenceJson(reference: DocumentReference, refs: Refs): Record<string, unknown> {
  return {
    id: reference.referenceId,
    name: reference.name,
    atType: refdata(refs, 'document-type', reference.documentType),
    ...(reference.url !== undefined && { url: reference.url }),
    ...(reference.location !== undefined && { location: reference.location }),
    ...(reference.note !== undefined && { note: reference.note }),
  };
}

/**
 * A file held here: FOLIO's fileUpload names it; its bytes stay here (GET the licence's document to download them).
 * Its id is the first 32 hex digits of its SHA-256, FOLIO's older id form, so that an import references it again.
 */
function attachedJson(document: AttachedDocument, refs: Refs): Record<string, unknown> {
  return {
    id: document.sha256.slice(0, 32),
    name: document.name ?? document.fileName,
    atType: refdata(refs, 'document-type', document.documentType),
    ...(document.note !== undefined && { note: document.note }),
    fileUpload: { id: document.sha256, name: document.fileName, size: document.sizeBytes, contentType: document.mediaType },
  };
}

/** A version's documents as FOLIO's docs (core) or supplementaryDocs: references first, then files, each in recorded order. */
function documentsJson(version: LicenceVersion | undefined, category: DocumentCategory, refs: Refs): Record<string, unknown>[] {
  if (!version) return [];
  const references = version.references
    .filter((reference) => reference.removed === undefined && reference.category === category)
    .map((reference) => referenceJson(reference, refs));
  const files = version.documents
    .filter((document) => document.detached === undefined && (document.category ?? 'core') === category)
    .map((document) => attachedJson(document, refs));
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
function amendmentJson(version: LicenceVersion, vocabulary: VocabularyState, refs: Refs, inverse: InverseTermMapping): Record<string, unknown> {
  return {
    id: version.recorded.imported?.id ?? version.versionId,
    name: version.label,
    ...(version.description !== undefined && { description: version.description }),
    ...datesOf(version.recorded, versionProvenances(version)),
    ...(version.status !== undefined && { status: refdata(refs, 'amendment-status', version.status) }),
    ...datesJson(version),
    customProperties: folioCustomProperties(version.terms, vocabulary, inverse),
    docs: documentsJson(version, 'core', refs),
    supplementaryDocs: documentsJson(version, 'supplementary', refs),
  };
}

function organisationJson(organisation: LicenceOrganisation, refs: Refs): Record<string, unknown> {
  return {
    org: { name: organisation.name, ...(organisation.sourceId !== undefined && { orgsUuid: organisation.sourceId }) },
    roles: organisation.roles.map((role) => ({ role: refdata(refs, 'organisation-role', role) })),
    ...(organisation.primary === true && { primaryOrg: true }),
    ...(organisation.note !== undefined && { note: organisation.note }),
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
  const refs: Refs = { lists, valueOf: folioListValues(mapping) };
  const original = originalVersionOf(details);
  const amendments = liveVersions(details).filter((version) => version !== original);
  return {
    id: details.drafted.imported?.id ?? details.licenceId,
    name: details.name,
    ...(details.description !== undefined && { description: details.description }),
    ...datesOf(details.drafted, [details.drafted, ...details.versions.flatMap(versionProvenances)]),
    type: refdata(refs, 'licence-type', details.type),
    status: refdata(refs, 'licence-status', details.status),
    ...(original ? datesJson(original) : {}),
    orgs: details.organisations.map((organisation) => organisationJson(organisation, refs)),
    contacts: details.contacts.map((contact) => ({ user: folioUserOf(contact.staffId), role: refdata(refs, 'contact-role', contact.role) })),
    tags: details.tags.map((tag) => ({ value: tag })),
    alternateNames: details.alternateNames.map((name) => ({ name })),
    docs: documentsJson(original, 'core', refs),
    supplementaryDocs: documentsJson(original, 'supplementary', refs),
    customProperties: original ? folioCustomProperties(original.terms, vocabulary, inverse) : {},
    amendments: amendments.map((version) => amendmentJson(version, vocabulary, refs, inverse)),
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
