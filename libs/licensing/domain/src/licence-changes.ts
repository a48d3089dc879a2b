import { effectiveTermsOn } from './effective-terms';
import { LicenceEvent, LicenceOrganisation } from './licence-events';
import { attachedDocument, findVersion } from './licence-guards';
import { AttachedDocument, DocumentReference, LicenceState, LicenceVersion } from './licence-state';
import { sameValue } from './same-value';

export type LicenceChangeKind =
  | 'drafted'
  | 'details-corrected'
  | 'status-recorded'
  | 'status-corrected'
  | 'resources-linked'
  | 'resources-unlinked'
  | 'version-recorded'
  | 'version-corrected'
  | 'version-confirmed'
  | 'version-withdrawn'
  | 'document-attached'
  | 'document-detached'
  | 'document-referenced'
  | 'document-reference-removed'
  | 'signature-recorded';

/**
 * One line of the audit trail: a field of the licence (or of a version, or one term) before and after an event.
 * `field` is e.g. "name", "status", "kind", "effectiveFrom", "confirmation", "version", "document", "reference", or "term" with
 * `termKey` set.
 */
export interface LicenceChange {
  kind: LicenceChangeKind;
  field: string;
  versionId?: string;
  termKey?: string;
  before: unknown;
  after: unknown;
}

const DETAIL_FIELDS = ['name', 'licensor', 'type', 'consortium', 'organisations', 'description', 'alternateNames', 'tags', 'contacts'] as const;
/** Details a draft may give besides name, type and parties: each given one is a line of its own. */
const DRAFTED_LISTS = ['organisations', 'alternateNames', 'tags', 'contacts'] as const;
const VERSION_FIELDS = ['kind', 'label', 'effectiveFrom', 'effectiveTo', 'endDateSemantics', 'status', 'description'] as const;

/** What a version line shows of the version: its kind, label and dates, and its end semantics, status and description where stated. */
function versionSummary(version: LicenceVersion) {
  const { kind, label, effectiveFrom, effectiveTo, endDateSemantics, status, description } = version;
  return {
    kind,
    label,
    effectiveFrom,
    effectiveTo,
    ...(endDateSemantics === 'implicit' && { endDateSemantics }),
    ...(status !== undefined && { status }),
    ...(description !== undefined && { description }),
  };
}

/** A document line: what identifies it, and its name, note and category where stated. */
function documentSummary(document: AttachedDocument) {
  const { sha256, fileName, documentType, name, note, category } = document;
  return {
    sha256,
    fileName,
    documentType,
    ...(name !== undefined && { name }),
    ...(note !== undefined && { note }),
    ...(category !== undefined && { category }),
  };
}

function referenceSummary(reference: DocumentReference) {
  const { referenceId, name, documentType, category, url, location, note } = reference;
  return {
    referenceId,
    name,
    documentType,
    category,
    ...(url !== undefined && { url }),
    ...(location !== undefined && { location }),
    ...(note !== undefined && { note }),
  };
}

/** The terms in force on a version's start, before or after it counts; none when it states no start (nothing to compare with). */
const inForceOnStart = (state: LicenceState, version: LicenceVersion) =>
  state.exists && version.effectiveFrom !== null ? effectiveTermsOn(state, version.effectiveFrom).terms : {};

/** Organisations that the licensor and consortium lines tell whole: one of each at most, in that one role, without a note. */
function toldByParties(organisations: readonly LicenceOrganisation[]): boolean {
  const single = (role: string) => organisations.filter((organisation) => organisation.roles.includes(role)).length <= 1;
  const plain = organisations.every(({ roles, note }) => note === undefined && roles.length === 1 && (roles[0] === 'licensor' || roles[0] === 'consortium'));
  return plain && single('licensor') && single('consortium');
}

const own = <V>(record: Readonly<Record<string, V>>, key: string): V | null => (Object.hasOwn(record, key) ? record[key] : null);

const versionOf = (state: LicenceState, versionId: string): LicenceVersion | undefined => (state.exists ? findVersion(state, versionId) : undefined);

const confirmation = (version: LicenceVersion) => (version.confirmed ? 'confirmed' : 'unconfirmed');

/**
 * What an event changed, in human terms. For a new version each term's `before` is the value that was in force on
 * the version's effective-from date before it was recorded; for a correction it is the value recorded until then.
 * A withdrawn version reads the other way round: the version and each of its terms, its own value before, and after
 * it the value in force on its effective-from date once it no longer counts.
 * Lines come in a fixed order (terms by key), so that the same events always read the same; an event that changed
 * nothing (a duplicate the fold ignored) reads as no lines.
 */
export function describeLicenceChanges(before: LicenceState, event: LicenceEvent, after: LicenceState): LicenceChange[] {
  if (!after.exists) return [];
  switch (event.type) {
    case 'LicenceDrafted': {
      if (before.exists) return [];
      const { name, licensor, type, consortium, status, lifecycle, description, resourceIds } = after;
      const licence = {
        name,
        licensor: licensor ?? null,
        type,
        ...(consortium !== undefined && { consortium }),
        status,
        ...(lifecycle !== status && { lifecycle }),
      };
      const drafted: LicenceChange[] = [{ kind: 'drafted', field: 'licence', before: null, after: licence }];
      for (const field of DRAFTED_LISTS) {
        // The licensor and consortium read in the licence line already: organisations are a line when they say more.
        if (after[field].length > 0 && (field !== 'organisations' || !toldByParties(after.organisations))) {
          drafted.push({ kind: 'drafted', field, before: [], after: [...after[field]] });
        }
      }
      if (description !== undefined) drafted.push({ kind: 'drafted', field: 'description', before: null, after: description });
      if (resourceIds.length > 0) drafted.push({ kind: 'drafted', field: 'resources', before: [], after: [...resourceIds] });
      return drafted;
    }
    case 'LicenceDetailsCorrected': {
      if (!before.exists) return [];
      const told = toldByParties(before.organisations) && toldByParties(after.organisations);
      return DETAIL_FIELDS.filter((field) => !sameValue(before[field], after[field]) && !(field === 'organisations' && told)).map((field) => ({
        kind: 'details-corrected',
        field,
        before: before[field] ?? null,
        after: after[field] ?? null,
      }));
    }
    case 'LicenceStatusRecorded':
    case 'LicenceStatusCorrected': {
      const from = before.exists ? before.status : event.data.from;
      const kind = event.type === 'LicenceStatusRecorded' ? 'status-recorded' : 'status-corrected';
      if (from === after.status) return [];
      // A status a library named (FOLIO's "Current") says what it means in a line of its own: its lifecycle.
      const was = before.exists ? before.lifecycle : from;
      const named = from !== was || after.status !== after.lifecycle;
      const lifecycle: LicenceChange[] = named && was !== after.lifecycle ? [{ kind, field: 'lifecycle', before: was, after: after.lifecycle }] : [];
      return [{ kind, field: 'status', before: from, after: after.status }, ...lifecycle];
    }
    case 'LicenceResourcesLinked':
    case 'LicenceResourcesUnlinked': {
      const was = before.exists ? before.resourceIds : [];
      if (sameValue(was, after.resourceIds)) return [];
      const kind = event.type === 'LicenceResourcesLinked' ? 'resources-linked' : 'resources-unlinked';
      return [{ kind, field: 'resources', before: [...was], after: [...after.resourceIds] }];
    }
    case 'LicenceVersionRecorded': {
      const version = versionOf(after, event.data.versionId);
      if (!version || versionOf(before, version.versionId)) return [];
      const { versionId } = version;
      const inForceBefore = inForceOnStart(before, version);
      return [
        { kind: 'version-recorded', field: 'version', versionId, before: null, after: versionSummary(version) },
        ...Object.keys(version.terms)
          .sort()
          .map((termKey): LicenceChange => ({
            kind: 'version-recorded',
            field: 'term',
            versionId,
            termKey,
            before: own(inForceBefore, termKey)?.value ?? null,
            after: version.terms[termKey],
          })),
      ];
    }
    case 'LicenceVersionCorrected': {
      const was = versionOf(before, event.data.versionId);
      const now = versionOf(after, event.data.versionId);
      if (!was || !now) return [];
      const versionId = now.versionId;
      const fields = VERSION_FIELDS.filter((field) => was[field] !== now[field]).map((field): LicenceChange => ({
        kind: 'version-corrected',
        field,
        versionId,
        before: was[field] ?? null,
        after: now[field] ?? null,
      }));
      const termKeys = [...new Set([...Object.keys(was.terms), ...Object.keys(now.terms)])].sort();
      const terms = termKeys
        .filter((termKey) => !sameValue(own(was.terms, termKey), own(now.terms, termKey)))
        .map((termKey): LicenceChange => ({
          kind: 'version-corrected',
          field: 'term',
          versionId,
          termKey,
          before: own(was.terms, termKey),
          after: own(now.terms, termKey),
        }));
      // A confirmed version that is corrected needs the librarian's confirmation again: the trail says so.
      const reconfirmation: LicenceChange[] =
        confirmation(was) === confirmation(now)
          ? []
          : [{ kind: 'version-corrected', field: 'confirmation', versionId, before: confirmation(was), after: confirmation(now) }];
      return [...fields, ...terms, ...reconfirmation];
    }
    case 'LicenceVersionConfirmed': {
      const was = versionOf(before, event.data.versionId);
      const now = versionOf(after, event.data.versionId);
      if (!was || !now || confirmation(was) === confirmation(now)) return [];
      return [{ kind: 'version-confirmed', field: 'confirmation', versionId: now.versionId, before: confirmation(was), after: confirmation(now) }];
    }
    case 'LicenceVersionWithdrawn': {
      const was = versionOf(before, event.data.versionId);
      const now = versionOf(after, event.data.versionId);
      if (!was || !now || was.withdrawn || !now.withdrawn) return [];
      const { versionId } = was;
      const inForceAfter = inForceOnStart(after, was);
      return [
        { kind: 'version-withdrawn', field: 'version', versionId, before: versionSummary(was), after: null },
        ...Object.keys(was.terms)
          .sort()
          .map((termKey): LicenceChange => ({
            kind: 'version-withdrawn',
            field: 'term',
            versionId,
            termKey,
            before: was.terms[termKey],
            after: own(inForceAfter, termKey)?.value ?? null,
          })),
      ];
    }
    case 'LicenceDocumentAttached': {
      const was = versionOf(before, event.data.versionId);
      const now = versionOf(after, event.data.versionId);
      const document = now && attachedDocument(now, event.data.sha256);
      if (!was || !document || attachedDocument(was, event.data.sha256)) return [];
      return [{ kind: 'document-attached', field: 'document', versionId: now.versionId, before: null, after: documentSummary(document) }];
    }
    case 'LicenceDocumentReferenced': {
      const was = versionOf(before, event.data.versionId);
      const now = versionOf(after, event.data.versionId);
      const isCurrent = (version: LicenceVersion) => version.references.some((ref) => ref.referenceId === event.data.referenceId && ref.removed === undefined);
      const reference = now?.references.find((ref) => ref.referenceId === event.data.referenceId && ref.removed === undefined);
      if (!was || !now || !reference || isCurrent(was)) return [];
      return [{ kind: 'document-referenced', field: 'reference', versionId: now.versionId, before: null, after: referenceSummary(reference) }];
    }
    case 'LicenceDocumentReferenceRemoved': {
      const was = versionOf(before, event.data.versionId);
      const now = versionOf(after, event.data.versionId);
      const reference = was?.references.find((ref) => ref.referenceId === event.data.referenceId && ref.removed === undefined);
      if (!now || !reference) return [];
      return [{ kind: 'document-reference-removed', field: 'reference', versionId: now.versionId, before: referenceSummary(reference), after: null }];
    }
    case 'LicenceDocumentDetached': {
      const was = versionOf(before, event.data.versionId);
      const now = versionOf(after, event.data.versionId);
      const document = was && attachedDocument(was, event.data.sha256);
      if (!now || !document || attachedDocument(now, event.data.sha256)) return [];
      return [{ kind: 'document-detached', field: 'document', versionId: now.versionId, before: documentSummary(document), after: null }];
    }
    case 'LicenceSignatureRecorded': {
      if (!versionOf(before, event.data.versionId)) return [];
      const { versionId, signedBy, party, signedOn, documentSha256 } = event.data;
      return [
        {
          kind: 'signature-recorded',
          field: 'signature',
          versionId,
          before: null,
          after: { signedBy, party, signedOn, ...(documentSha256 !== undefined && { documentSha256 }) },
        },
      ];
    }
  }
}
