import { findListValue, LicenceList, LicenceListsState } from '@era/licensing-domain';

/** A FOLIO refdata value as its API answers it: the stable value and what staff read. */
export interface FolioRefdata {
  value: string;
  label: string;
}

/**
 * FOLIO writes refdata values in snake case ("not_yet_active", "consortium_administrator"); list keys here are kebab
 * case. A kebab key holds no underscore, so the one is always read back as the other.
 */
export const folioValueOfKey = (key: string): string => key.replace(/-/g, '_');

/** A list value as FOLIO refdata: its label as the list names it now (the key itself for a value the list lacks). */
export function listRefdata(lists: LicenceListsState, list: LicenceList, key: string): FolioRefdata {
  return { value: folioValueOfKey(key), label: findListValue(lists, list, key)?.label ?? key };
}
