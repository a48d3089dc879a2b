import { LicenceChangeKind, LicenceDetails, LicenceList, ListEntry, VocabularyTerm } from '@era/licensing-domain';

export const LICENCES_PROJECTION = 'licences';

/** Collection names inside the `licences` projection. */
export const LICENCE_COLLECTIONS = {
  licences: 'licences',
  changes: 'licence-changes',
  resourceLicences: 'resource-licences',
  terms: 'licence-terms',
  changeTerms: 'licence-change-terms',
  lists: 'licence-lists',
} as const;

/** A licence as folded from its stream (the domain state), for list, detail and terms-in-force-today. */
export type LicenceDocument = { id: string } & LicenceDetails & {
    /** Stream revision: the ETag for If-Match. */
    revision: number;
    /** Global position of the last event applied. */
    lastPosition: number;
    updatedAt: string;
  };

/** One line of the audit trail: one field or term of one licence, before and after one event. */
export interface LicenceChangeDocument {
  /** `<global position>-<index within the event>`, zero-padded so that ids sort in log order. */
  id: string;
  licenceId: string;
  licenceName: string;
  kind: LicenceChangeKind;
  field: string;
  versionId?: string;
  versionLabel?: string;
  termKey?: string;
  /** The term's label as the vocabulary named it when the change was recorded. */
  termLabel?: string;
  before: unknown;
  after: unknown;
  /** The change in words, as it read when recorded, e.g. `ILL electronic: Prohibited (explicit) → Permitted (explicit) (version "Amendment 1", effective 2025-01-01)`. */
  summary: string;
  actorId: string;
  actorRole: string;
  directedBy?: string;
  reason?: string;
  recordedAt: string;
  position: number;
  streamRevision: number;
  eventType: string;
  eventId: string;
}

/**
 * Which terms a line of the audit trail bears on: the term it changes, or, for a change to a whole version (its
 * dates, kind, confirmation, withdrawal), every term that version states. "Every change ILL electronic underwent"
 * includes the amendment whose effective date was corrected, not only the lines that name the term.
 */
export interface LicenceChangeTermDocument {
  /** `<change id>|<term key>`: sorts in log order. */
  id: string;
  changeId: string;
  termKey: string;
  licenceId: string;
  actorId: string;
  recordedAt: string;
}

/** Which licences govern an e-resource. */
export interface ResourceLicencesDocument {
  id: string;
  licenceIds: string[];
}

export type TermDocument = { id: string } & VocabularyTerm;

/** One value of a licence list, under `<list>/<key>`. */
export type ListValueDocument = { id: string; list: LicenceList } & ListEntry;

export const listValueId = (list: LicenceList, key: string) => `${list}/${key}`;
