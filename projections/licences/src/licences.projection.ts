import { RecordedEventOf } from '@era/event-store';
import {
  describeLicenceChanges,
  evolveLicence,
  evolveVocabulary,
  initialLicence,
  LicenceChange,
  LicenceChangeKind,
  LicenceDetails,
  LicenceEvent,
  LicenceEventType,
  LicenceState,
  LicenceVersion,
  evolveLicenceLists,
  initialLicenceLists,
  LicenceListEvent,
  VocabularyEvent,
  VocabularyTerm,
} from '@era/licensing-domain';
import { defineProjection, ProjectionContext } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { summariseChange } from './change-summary';
import {
  LICENCE_COLLECTIONS,
  LICENCES_PROJECTION,
  LicenceChangeDocument,
  LicenceChangeTermDocument,
  LicenceDocument,
  ResourceLicencesDocument,
  TermDocument,
  listValueId,
  ListValueDocument,
} from './documents';
import { licenceDetailsOf, listValueOf, termOf } from './stored-documents';
import { licenceProvenance } from '@era/licensing-domain';

const {
  licences: LICENCES,
  changes: CHANGES,
  resourceLicences: RESOURCE_LICENCES,
  terms: TERMS,
  changeTerms: CHANGE_TERMS,
  lists: LISTS,
} = LICENCE_COLLECTIONS;

/** `<global position>-<index>`, zero-padded so that ids sort in log order. */
export const changeId = (position: number, index: number) => `${String(position).padStart(12, '0')}-${String(index).padStart(3, '0')}`;

/**
 * Licences as they stand (list, detail, terms in force), the audit trail (one line per changed field or term), which
 * licences govern each e-resource, and the term vocabulary.
 */
export const licencesProjection = defineProjection<LicenceEvent | VocabularyEvent | LicenceListEvent>({
  name: LICENCES_PROJECTION,
  // 3: versions carry end-date semantics and document references: a rebuild gives the stored ones theirs.
  version: 3,
  collections: [
    { name: LICENCES, indexes: ['name', 'status', 'licensor', 'type', 'lastPosition', 'lifecycle'] },
    { name: CHANGES, indexes: ['licenceId', 'actorId', 'termKey', 'recordedAt', 'position', 'kind'] },
    { name: RESOURCE_LICENCES, indexes: [] },
    { name: TERMS, indexes: ['category'] },
    { name: CHANGE_TERMS, indexes: ['termKey', 'licenceId', 'actorId', 'recordedAt'] },
    { name: LISTS, indexes: ['list'] },
  ],
  handlers: {
    ...everyLicenceEvent(projectLicenceEvent),
    LicenceTermVocabularySeeded: projectVocabularyEvent,
    LicenceTermDefined: projectVocabularyEvent,
    LicenceTermRelabelled: projectVocabularyEvent,
    LicenceTermDeprecated: projectVocabularyEvent,
    LicenceListsSeeded: projectListEvent,
    LicenceListValueDefined: projectListEvent,
    LicenceListValueRelabelled: projectListEvent,
    LicenceListValueDeprecated: projectListEvent,
  },
});

type RecordedLicenceEvent = RecordedEventOf<LicenceEvent>;

/** Every licence event is projected alike: the licence folded anew, its audit lines, its e-resources. */
function everyLicenceEvent<H>(handler: H): Record<LicenceEventType, H> {
  return {
    LicenceDrafted: handler,
    LicenceDetailsCorrected: handler,
    LicenceStatusRecorded: handler,
    LicenceStatusCorrected: handler,
    LicenceResourcesLinked: handler,
    LicenceResourcesUnlinked: handler,
    LicenceVersionRecorded: handler,
    LicenceVersionCorrected: handler,
    LicenceVersionConfirmed: handler,
    LicenceVersionWithdrawn: handler,
    LicenceDocumentAttached: handler,
    LicenceDocumentDetached: handler,
    LicenceDocumentReferenced: handler,
    LicenceDocumentReferenceRemoved: handler,
    LicenceSignatureRecorded: handler,
  };
}

async function projectLicenceEvent(event: RecordedLicenceEvent, context: ProjectionContext): Promise<void> {
  const licenceId = event.data.licenceId;
  const stored = await context.get<LicenceDocument & ReadDocument>(LICENCES, licenceId);
  const before: LicenceState = stored ? { exists: true, ...licenceDetailsOf(stored) } : initialLicence;
  const after = evolveLicence(before, event, licenceProvenance(event.data, event.metadata));
  if (!after.exists) return;
  const { exists: _exists, ...details } = after;
  const document: LicenceDocument = {
    id: licenceId,
    ...details,
    revision: event.streamRevision,
    lastPosition: event.globalPosition,
    updatedAt: event.metadata.recordedAt,
  };
  context.put(LICENCES, { ...document });
  await recordChanges(event, describeLicenceChanges(before, event, after), before, after, context);
  await keepResourcesInStep(licenceId, before.exists ? before.resourceIds : [], after.resourceIds, context);
}

async function recordChanges(
  event: RecordedLicenceEvent,
  changes: LicenceChange[],
  before: LicenceState,
  licence: LicenceDetails,
  context: ProjectionContext,
): Promise<void> {
  // The event's own reason (a correction's, a withdrawal's), else the one the request gave.
  const reason = 'reason' in event.data && typeof event.data.reason === 'string' ? event.data.reason : event.metadata.reason;
  const directedBy = 'directedBy' in event.data && typeof event.data.directedBy === 'string' ? event.data.directedBy : undefined;
  for (const [index, change] of changes.entries()) {
    const term = change.termKey === undefined ? undefined : await context.get<TermDocument & ReadDocument>(TERMS, change.termKey);
    const version = change.versionId === undefined ? undefined : licence.versions.find((v) => v.versionId === change.versionId);
    const line: LicenceChangeDocument = {
      id: changeId(event.globalPosition, index),
      licenceId: licence.licenceId,
      licenceName: licence.name,
      kind: change.kind,
      field: change.field,
      ...(change.versionId !== undefined ? { versionId: change.versionId } : {}),
      ...(version ? { versionLabel: version.label } : {}),
      ...(change.termKey !== undefined ? { termKey: change.termKey } : {}),
      ...(term ? { termLabel: term.label } : {}),
      before: change.before ?? null,
      after: change.after ?? null,
      summary: summariseChange(change, { termLabel: term?.label, valueType: term?.valueType, version }),
      actorId: event.metadata.actor.id,
      actorRole: event.metadata.actor.role,
      ...(directedBy !== undefined ? { directedBy } : {}),
      ...(reason !== undefined ? { reason } : {}),
      recordedAt: event.metadata.recordedAt,
      position: event.globalPosition,
      streamRevision: event.streamRevision,
      eventType: event.type,
      eventId: event.eventId,
    };
    context.put(CHANGES, { ...line });
    for (const termKey of termsConcerned(change, before, licence)) {
      const concerned: LicenceChangeTermDocument = {
        id: `${line.id}|${termKey}`,
        changeId: line.id,
        termKey,
        licenceId: line.licenceId,
        actorId: line.actorId,
        recordedAt: line.recordedAt,
      };
      context.put(CHANGE_TERMS, { ...concerned });
    }
  }
}

/** Version-wide changes that can change what the version's terms mean on a date (a recording has its term lines). */
const VERSION_WIDE: ReadonlySet<LicenceChangeKind> = new Set(['version-corrected', 'version-confirmed', 'version-withdrawn']);

/** The term a line changes, or every term of the version whose dates, kind, confirmation or existence it changes. */
function termsConcerned(change: LicenceChange, before: LicenceState, after: LicenceDetails): string[] {
  if (change.termKey !== undefined) return [change.termKey];
  if (change.versionId === undefined || !VERSION_WIDE.has(change.kind)) return [];
  const keysOf = (versions: readonly LicenceVersion[]) => Object.keys(versions.find((version) => version.versionId === change.versionId)?.terms ?? {});
  return [...new Set([...(before.exists ? keysOf(before.versions) : []), ...keysOf(after.versions)])].sort();
}

/** Links, unlinks and drafting move a licence in or out of each e-resource's list. */
async function keepResourcesInStep(licenceId: string, before: readonly string[], after: readonly string[], context: ProjectionContext): Promise<void> {
  const linked = after.filter((id) => !before.includes(id));
  const unlinked = before.filter((id) => !after.includes(id));
  for (const resourceId of [...linked, ...unlinked]) {
    const stored = await context.get<ResourceLicencesDocument & ReadDocument>(RESOURCE_LICENCES, resourceId);
    const others = (stored?.licenceIds ?? []).filter((id) => id !== licenceId);
    const licenceIds = linked.includes(resourceId) ? [...others, licenceId].sort() : others;
    if (licenceIds.length) context.put(RESOURCE_LICENCES, { id: resourceId, licenceIds });
    else context.delete(RESOURCE_LICENCES, resourceId);
  }
}

/** The vocabulary is folded term by term: only the terms an event names are read and written. */
async function projectVocabularyEvent(event: RecordedEventOf<VocabularyEvent>, context: ProjectionContext): Promise<void> {
  const seeding = event.type === 'LicenceTermVocabularySeeded';
  const keys = event.type === 'LicenceTermVocabularySeeded' ? event.data.terms.map((term) => term.key) : [event.data.key];
  const known: Record<string, VocabularyTerm> = {};
  for (const key of keys) {
    const stored = await context.get<TermDocument & ReadDocument>(TERMS, key);
    if (stored) known[key] = termOf(stored);
  }
  const after = evolveVocabulary({ seeded: !seeding, terms: known }, event);
  for (const key of keys) {
    const term = after.terms[key];
    if (term) context.put(TERMS, { id: key, ...term });
  }
}

/** The licence lists are folded value by value: only the values an event names are read and written. */
async function projectListEvent(event: RecordedEventOf<LicenceListEvent>, context: ProjectionContext): Promise<void> {
  const named =
    event.type === 'LicenceListsSeeded'
      ? Object.entries(event.data.lists).flatMap(([list, values]) => values.map((value) => ({ list: list as ListValueDocument['list'], key: value.key })))
      : [{ list: event.data.list, key: event.data.key }];
  let known = { ...initialLicenceLists, seeded: event.type !== 'LicenceListsSeeded' };
  for (const { list, key } of named) {
    const stored = await context.get<ListValueDocument & ReadDocument>(LISTS, listValueId(list, key));
    if (stored) known = { ...known, lists: { ...known.lists, [list]: { ...known.lists[list], [key]: listValueOf(stored) } } };
  }
  const after = evolveLicenceLists(known, event);
  for (const { list, key } of named) {
    const value = Object.hasOwn(after.lists[list], key) ? after.lists[list][key] : undefined;
    if (value) context.put(LISTS, { id: listValueId(list, key), list, ...value });
  }
}
