import { findListValue, LicenceList, LicenceListsState } from '@era/licensing-domain';
import { FolioTermMapping } from './folio-migration';

/** A FOLIO refdata value as its API answers it: the stable value and what staff read. */
export interface FolioRefdata {
  value: string;
  label: string;
}

/**
 * FOLIO writes refdata values in snake case ("not_yet_active", "consortium_administrator"); list keys here are kebab
 * case, which the import makes of FOLIO's values. A kebab key holds no underscore, so the one reads back as the other.
 */
export const folioValueOfKey = (key: string): string => key.replace(/-/g, '_');

/** The mapping's list keys read backwards (document type licence → FOLIO's license), else the key in snake case. */
export type ListValueOfKey = (list: LicenceList, key: string) => string;

export function folioListValues(mapping: FolioTermMapping): ListValueOfKey {
  const listKeys = mapping.listKeys ?? {};
  return (list, key) => Object.entries(listKeys[list] ?? {}).find(([, ours]) => ours === key)?.[0] ?? folioValueOfKey(key);
}

/** A list value as FOLIO refdata: its label as the list names it now (the key itself for a value the list lacks). */
export function listRefdata(lists: LicenceListsState, valueOf: ListValueOfKey, list: LicenceList, key: string): FolioRefdata {
  return { value: valueOf(list, key), label: findListValue(lists, list, key)?.label ?? key };
}
