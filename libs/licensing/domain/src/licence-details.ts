import { STAFF_ID } from '@era/decider';
import { InternalContact, LicenceOrganisation } from './licence-events';
import { LicenceList } from './licence-lists-events';
import { findListValue, LicenceListsState } from './licence-lists';
import { LicenceRuleViolation } from './licence-rule-violation';
import { optionalText } from './licence-guards';

export const MAX_LICENCE_DESCRIPTION_LENGTH = 4000;
export const MAX_ALTERNATE_NAMES = 20;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 100;
export const MAX_CONTACTS = 50;
export const MAX_ORGANISATIONS = 50;
export const MAX_ROLES_PER_ORGANISATION = 10;
export const MAX_DETAIL_NAME_LENGTH = 300;
export const MAX_ORGANISATION_NOTE_LENGTH = 4000;

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
 * A key the list has and that is not deprecated, unless the licence has it already (`kept`): a deprecated value stays
 * on the licences that have it but is taken by none anew.
 */
export function requireListKey(lists: LicenceListsState, list: LicenceList, key: unknown, kept: (key: string) => boolean = () => false): string {
  const entry = typeof key === 'string' ? findListValue(lists, list, key) : undefined;
  if (!entry) {
    throw new LicenceRuleViolation(
      'unknown-list-value',
      `${WHAT[list]} ${JSON.stringify(key)} is not in the ${list} list; a licence director defines new values there first (POST /licence-lists/${list})`,
    );
  }
  if (entry.deprecated && !kept(entry.key)) {
    throw new LicenceRuleViolation(
      'deprecated-list-value',
      `${WHAT[list]} "${entry.key}" is deprecated (${entry.deprecated.reason}) and is taken by no licence anew`,
    );
  }
  return entry.key;
}

function cappedText(value: unknown, what: string, max: number): string {
  const text = optionalText(value);
  if (text === undefined) throw new LicenceRuleViolation('field-required', `${what} must not be blank`);
  if (text.length > max) throw new LicenceRuleViolation('invalid-licence-details', `${what} has at most ${max} characters`);
  return text;
}

function listOf(values: unknown, what: string, max: number): readonly unknown[] {
  if (!Array.isArray(values)) throw new LicenceRuleViolation('invalid-licence-details', `${what} must be a list`);
  if (values.length > max) throw new LicenceRuleViolation('invalid-licence-details', `a licence has at most ${max} ${what}`);
  return values;
}

/** Trimmed, capped; null or blank means none. */
export function descriptionOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = optionalText(value);
  if (text !== undefined && text.length > MAX_LICENCE_DESCRIPTION_LENGTH) {
    throw new LicenceRuleViolation('invalid-licence-details', `a licence description has at most ${MAX_LICENCE_DESCRIPTION_LENGTH} characters`);
  }
  return text;
}

/** Names the licence is also known by: trimmed, each once, none equal to the licence's own name. */
export function alternateNamesOf(values: unknown, name: string): string[] {
  const names = listOf(values, 'alternate names', MAX_ALTERNATE_NAMES).map((value) => cappedText(value, 'an alternate name', MAX_DETAIL_NAME_LENGTH));
  const seen = new Set<string>();
  for (const alternate of names) {
    const folded = alternate.toLowerCase();
    if (seen.has(folded)) throw new LicenceRuleViolation('invalid-licence-details', `alternate name "${alternate}" is listed twice`);
    seen.add(folded);
  }
  return names.filter((alternate) => alternate !== name);
}

/** Tags: trimmed, each once (the first spelling kept), in the order given. */
export function tagsOf(values: unknown): string[] {
  const tags = listOf(values, 'tags', MAX_TAGS).map((value) => cappedText(value, 'a tag', MAX_TAG_LENGTH));
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const folded = tag.toLowerCase();
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** Staff named in a role of the contact-role list; the same person in the same role once. */
export function contactsOf(values: unknown, lists: LicenceListsState, kept: readonly InternalContact[] = []): InternalContact[] {
  const contacts = listOf(values, 'internal contacts', MAX_CONTACTS).map((value): InternalContact => {
    const { staffId, role } = (value ?? {}) as Partial<InternalContact>;
    if (typeof staffId !== 'string' || staffId.length > 100 || !STAFF_ID.test(staffId)) {
      throw new LicenceRuleViolation(
        'invalid-licence-details',
        `contact staff id ${JSON.stringify(staffId)} is not a staff id (letters, digits and ._:@- up to 100)`,
      );
    }
    return { staffId, role: requireListKey(lists, 'contact-role', role, (key) => kept.some((contact) => contact.role === key)) };
  });
  const seen = new Set<string>();
  return contacts.filter(({ staffId, role }) => {
    const id = `${staffId}\n${role}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Each organisation once (names compared case-blind: the same organisation listed twice is a mistake, refused rather
 * than guessed at), with a non-blank name and at least one role of the organisation-role list.
 */
export function organisationsOf(values: unknown, lists: LicenceListsState, kept: readonly LicenceOrganisation[] = []): LicenceOrganisation[] {
  const keptRoles = new Set(kept.flatMap((organisation) => organisation.roles));
  const organisations = listOf(values, 'organisations', MAX_ORGANISATIONS).map((value): LicenceOrganisation => {
    const { name, roles, note, primary, sourceId } = (value ?? {}) as Partial<LicenceOrganisation>;
    const trimmed = cappedText(name, 'an organisation name', MAX_DETAIL_NAME_LENGTH);
    const given = Array.isArray(roles) ? roles : [];
    if (given.length === 0) throw new LicenceRuleViolation('invalid-organisations', `organisation "${trimmed}" needs at least one role`);
    if (given.length > MAX_ROLES_PER_ORGANISATION) {
      throw new LicenceRuleViolation('invalid-organisations', `organisation "${trimmed}" has at most ${MAX_ROLES_PER_ORGANISATION} roles`);
    }
    const checked = [...new Set(given.map((role) => requireListKey(lists, 'organisation-role', role, (key) => keptRoles.has(key))))];
    const text = note === undefined || note === null ? undefined : optionalText(note);
    if (text !== undefined && text.length > MAX_ORGANISATION_NOTE_LENGTH) {
      throw new LicenceRuleViolation('invalid-licence-details', `an organisation note has at most ${MAX_ORGANISATION_NOTE_LENGTH} characters`);
    }
    // A migration import's own facts about the organisation: FOLIO's primary mark and its organisation id (so an export names it again).
    const source = typeof sourceId === 'string' && sourceId.trim() && sourceId.length <= 100 ? sourceId.trim() : undefined;
    return {
      name: trimmed,
      roles: checked,
      ...(text !== undefined && { note: text }),
      ...(primary === true && { primary }),
      ...(source !== undefined && { sourceId: source }),
    };
  });
  const seen = new Set<string>();
  for (const { name } of organisations) {
    if (seen.has(name.toLowerCase())) {
      throw new LicenceRuleViolation('invalid-organisations', `organisation "${name}" is listed twice: give it once, with all its roles`);
    }
    seen.add(name.toLowerCase());
  }
  return organisations;
}

/**
 * The licensor or consortium shorthand of a command: the named organisation takes the role (added to its roles when it
 * is listed already), and no other organisation keeps it. null (consortium only) removes the role from all.
 */
export function withShorthand(organisations: readonly LicenceOrganisation[], role: string, name: string | null | undefined): LicenceOrganisation[] {
  if (name === undefined) return [...organisations];
  const named = name === null ? undefined : cappedText(name, `the ${role}`, MAX_DETAIL_NAME_LENGTH);
  const isNamed = (organisation: LicenceOrganisation) => named !== undefined && organisation.name.toLowerCase() === named.toLowerCase();
  const others = organisations.flatMap((organisation) => {
    if (isNamed(organisation)) return [{ ...organisation, roles: organisation.roles.includes(role) ? organisation.roles : [...organisation.roles, role] }];
    if (!organisation.roles.includes(role)) return [organisation];
    const roles = organisation.roles.filter((other) => other !== role);
    return roles.length > 0 ? [{ ...organisation, roles }] : [];
  });
  return named === undefined || others.some(isNamed) ? others : [...others, { name: named, roles: [role] }];
}

export const inRole = (organisations: readonly LicenceOrganisation[], role: string): boolean =>
  organisations.some((organisation) => organisation.roles.includes(role));
