import { LicenceList } from './licence-lists-events';
import { findListValue, LicenceListsState, ListEntry } from './licence-lists';
import { LicenceRuleViolation } from './licence-rule-violation';

/**
 * A key of one of the licence lists, as the lists stand. New use of a deprecated value is refused; a value already
 * recorded may stay (`recorded`: a correction that leaves it as it was is no new use).
 */
export function requireListKey(lists: LicenceListsState, list: LicenceList, key: string, what: string, recorded?: string): ListEntry {
  const entry = findListValue(lists, list, key);
  if (entry === undefined) {
    const known = Object.keys(lists.lists[list]).filter((other) => findListValue(lists, list, other)?.deprecated === undefined);
    throw new LicenceRuleViolation(
      'unknown-list-value',
      `${what} ${JSON.stringify(key)} is not a value of the ${list} list (values: ${known.join(', ') || 'none'})`,
    );
  }
  if (entry.deprecated !== undefined && key !== recorded) {
    throw new LicenceRuleViolation('deprecated-list-value', `${what} ${JSON.stringify(key)} is deprecated (${entry.deprecated.reason}) and takes no new use`);
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
