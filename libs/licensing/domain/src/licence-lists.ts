import { LICENCE_LIFECYCLES, LICENCE_LISTS, LicenceList, LicenceListEvent, LicenceLifecycle, ListValue } from './licence-lists-events';

export interface ListEntry extends ListValue {
  deprecated?: { reason: string };
}

export interface LicenceListsState {
  seeded: boolean;
  lists: Readonly<Record<LicenceList, Readonly<Record<string, ListEntry>>>>;
}

const emptyLists = Object.fromEntries(LICENCE_LISTS.map((list) => [list, {}])) as LicenceListsState['lists'];

export const initialLicenceLists: LicenceListsState = { seeded: false, lists: emptyLists };

/** The list's own entry for a key; own properties only, so that "constructor" is no value. */
export function findListValue(state: LicenceListsState, list: LicenceList, key: string): ListEntry | undefined {
  const values = state.lists[list];
  return Object.hasOwn(values, key) ? values[key] : undefined;
}

/** The lifecycle of a status key: its list entry's, or the key itself for statuses recorded before statuses were a list. */
export function lifecycleOf(state: LicenceListsState, status: string): LicenceLifecycle | undefined {
  return findListValue(state, 'licence-status', status)?.lifecycle;
}

export function evolveLicenceLists(state: LicenceListsState, event: LicenceListEvent): LicenceListsState {
  const withValue = (list: LicenceList, entry: ListEntry): LicenceListsState => ({
    ...state,
    lists: { ...state.lists, [list]: { ...state.lists[list], [entry.key]: entry } },
  });
  switch (event.type) {
    case 'LicenceListsSeeded': {
      const lists = { ...state.lists };
      for (const list of LICENCE_LISTS) {
        const seeded = (event.data.lists[list] ?? []).filter((value) => !findListValue(state, list, value.key)).map((value) => [value.key, { ...value }]);
        lists[list] = { ...state.lists[list], ...Object.fromEntries(seeded) };
      }
      return { seeded: true, lists };
    }
    case 'LicenceListValueDefined': {
      const { list, ...value } = event.data;
      return withValue(list, value);
    }
    case 'LicenceListValueRelabelled': {
      const { list, key, label, description } = event.data;
      const entry = findListValue(state, list, key);
      return entry ? withValue(list, { ...entry, label, ...(description !== undefined && { description }) }) : state;
    }
    case 'LicenceListValueDeprecated': {
      const { list, key, reason } = event.data;
      const entry = findListValue(state, list, key);
      return entry ? withValue(list, { ...entry, deprecated: { reason } }) : state;
    }
  }
}

/**
 * The values the service knew before these were lists, so that every licence recorded before still reads. The seed
 * the service appends (with FOLIO's values besides) is DEFAULT_LICENCE_LISTS in default-licence-lists.ts.
 */
export const legacyLicenceLists: LicenceListsState = evolveLicenceLists(initialLicenceLists, {
  type: 'LicenceListsSeeded',
  data: {
    seed: 'before-lists',
    lists: {
      'licence-type': ['local', 'consortial', 'national', 'alliance'].map((key) => ({ key, label: key[0].toUpperCase() + key.slice(1) })),
      'licence-status': LICENCE_LIFECYCLES.map((key) => ({ key, label: key.replace(/-/g, ' '), lifecycle: key })),
      'amendment-status': [],
      'document-type': ['licence', 'amendment', 'countersigned-copy', 'order-form', 'seru-statement', 'consortium-authorisation'].map((key) => ({
        key,
        label: key.replace(/-/g, ' '),
      })),
      'organisation-role': ['licensor', 'licensee', 'consortium'].map((key) => ({ key, label: key[0].toUpperCase() + key.slice(1) })),
      'contact-role': [],
    },
  },
});
