import { DomainEvent } from '@era/decider';

/**
 * The licence's own pick lists, event-sourced like the term vocabulary (FOLIO's refdata categories): licence type,
 * licence status, amendment status, document type, organisation role and internal-contact role. Values are defined,
 * relabelled and deprecated; a key is stable forever and never reused.
 */
export const LICENCE_LISTS = ['licence-type', 'licence-status', 'amendment-status', 'document-type', 'organisation-role', 'contact-role'] as const;
export type LicenceList = (typeof LICENCE_LISTS)[number];

/**
 * What a licence status means for the licence's life, whatever it is called: transitions are checked on these, and
 * only a licence whose status is `active` answers what it permits. FOLIO's legacy "Current" is a status of lifecycle
 * `active`; a library's own "Under review" might be one of lifecycle `in-negotiation`.
 */
export const LICENCE_LIFECYCLES = ['in-negotiation', 'not-yet-active', 'active', 'rejected', 'expired', 'terminated'] as const;
export type LicenceLifecycle = (typeof LICENCE_LIFECYCLES)[number];

/**
 * What an amendment status means for the amendment rule (docs/licences/amendment-rule.md): `by-dates` counts on the days
 * its own dates cover; `does-not-apply` never counts, whatever its dates say.
 */
export const AMENDMENT_EFFECTS = ['by-dates', 'does-not-apply'] as const;
export type AmendmentEffect = (typeof AMENDMENT_EFFECTS)[number];

/** One value of a list. `key` is kebab-case and stable; `label` may be relabelled. */
export interface ListValue {
  key: string;
  label: string;
  description?: string;
  /** licence-status values only, fixed when defined. */
  lifecycle?: LicenceLifecycle;
  /** amendment-status values only, fixed when defined. */
  amendmentEffect?: AmendmentEffect;
}

/** The default values of every list, appended once so that history records which defaults were in force. */
export interface LicenceListsSeeded {
  seed: string;
  lists: Readonly<Record<LicenceList, readonly ListValue[]>>;
}

export type LicenceListValueDefined = { list: LicenceList } & ListValue;

export interface LicenceListValueRelabelled {
  list: LicenceList;
  key: string;
  label: string;
  description?: string;
  reason?: string;
}

export interface LicenceListValueDeprecated {
  list: LicenceList;
  key: string;
  reason: string;
}

export type LicenceListEvent =
  | DomainEvent<'LicenceListsSeeded', LicenceListsSeeded>
  | DomainEvent<'LicenceListValueDefined', LicenceListValueDefined>
  | DomainEvent<'LicenceListValueRelabelled', LicenceListValueRelabelled>
  | DomainEvent<'LicenceListValueDeprecated', LicenceListValueDeprecated>;

export const LICENCE_LIST_EVENT_TYPES: readonly LicenceListEvent['type'][] = [
  'LicenceListsSeeded',
  'LicenceListValueDefined',
  'LicenceListValueRelabelled',
  'LicenceListValueDeprecated',
];

/** Every list is one stream: they change rarely and a licence decision may read several. */
export const LICENCE_LISTS_STREAM = 'vocabulary-licence-lists';
