import { effectiveTermsOn } from './effective-terms';
import { LicenceEvent } from './licence-events';
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

const DETAIL_FIELDS = ['name', 'licensor', 'type', 'consortium'] as const;
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
      const { name, licensor, type, consortium, status, resourceIds } = after;
      const drafted: LicenceChange[] = [
        { kind: 'drafted', field: 'licence', before: null, after: { name, licensor, type, ...(consortium !== undefined && { consortium }), status } },
      ];
      if (resourceIds.length > 0) drafted.push({ kind: 'drafted', field: 'resources', before: [], after: [...resourceIds] });
      return drafted;
    }
    case 'LicenceDetailsCorrected': {
      if (!before.exists) return [];
      return DETAIL_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
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
      return from === after.status ? [] : [{ kind, field: 'status', before: from, after: after.status }];
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
