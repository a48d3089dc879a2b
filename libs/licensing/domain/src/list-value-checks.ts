import { LicenceList } from './licence-lists-events';
import { findListValue, LicenceListsState, ListEntry } from './licence-lists';
import { LicenceRuleViolation } from './licence-rule-violation';

/** How each list's values are named to whoever sent one the list does not have. */
const WHAT: Readonly<Record<LicenceList, string>> = {
  'licence-type': 'licence type',
  'licence-status': 'licence status',
  'amendment-status': 'amendment status',
  'document-type': 'document type',
  'organisation-role': 'organisation role',
  'contact-role': 'contact role',
};

/**
 * A key the list has and that is not deprecated, unless the record has it already (`kept`): a deprecated value stays
 * where it is recorded but is taken by none anew.
 */
export function requireListKey(lists: LicenceListsState, list: LicenceList, key: unknown, kept: (key: string) => boolean = () => false): ListEntry {
  const entry = typeof key === 'string' ? findListValue(lists, list, key) : undefined;
  if (!entry) {
    const known = Object.values(lists.lists[list]).filter((value) => value.deprecated === undefined);
    throw new LicenceRuleViolation(
      'unknown-list-value',
      `${WHAT[list]} ${JSON.stringify(key)} is not in the ${list} list (values: ${known.map((value) => value.key).join(', ') || 'none'}); ` +
        `a licence director defines new values there first (POST /licence-lists/${list})`,
    );
  }
  if (entry.deprecated && !kept(entry.key)) {
    throw new LicenceRuleViolation(
      'deprecated-list-value',
      `${WHAT[list]} "${entry.key}" is deprecated (${entry.deprecated.reason}) and is taken by none anew`,
    );
  }
  return entry;
}

/** Text within its cap, or refused: the deciders cap what the DTOs cap, so that every client is held to it. */
export function requireWithin(text: string, max: number, what: string): string {
  if (text.length > max) throw new LicenceRuleViolation('text-too-long', `${what} is ${text.length} characters; at most ${max}`);
  return text;
}

/** The caps the deciders hold text to (the DTOs cap the same). */
export const VERSION_DESCRIPTION_MAX = 4000;
export const DOCUMENT_NAME_MAX = 300;
export const DOCUMENT_NOTE_MAX = 4000;
export const DOCUMENT_LOCATION_MAX = 1000;
export const DOCUMENT_URL_MAX = 2048;
