import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { shapeDecorator, VisibleCharactersOnly } from '@era/platform';
import {
  MAX_ALTERNATE_NAMES,
  MAX_CONTACTS,
  MAX_DETAIL_NAME_LENGTH,
  MAX_ORGANISATION_NOTE_LENGTH,
  MAX_ORGANISATIONS,
  MAX_ROLES_PER_ORGANISATION,
  MAX_TAG_LENGTH,
  MAX_TAGS,
} from '@era/licensing-domain';
import { NAME_MAX } from './validation';
import { findInvisibleCharacter, findPersonalData } from '@era/screening';

/** A list key (licence type or status): its membership of the list is the licence's rule (422), not the shape's. */
export const LIST_KEY_MAX = 60;
const KEY_MAX = LIST_KEY_MAX;
const STAFF_ID_MAX = 100;

const fieldsProblem = (entry: object, allowed: readonly string[], what: string): string | undefined => {
  const unknown = Object.keys(entry).find((field) => !allowed.includes(field));
  return unknown === undefined ? undefined : `${what}.${unknown.slice(0, 60)} is not a field (${allowed.join(', ')})`;
};

const isShortText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/**
 * The shape of `organisations`: `[{name, roles: [role key, …], note?}]`. Whether each role is in the organisation-role
 * list, and whether a name is listed twice, is the licence's rule to say (422), not the shape's.
 */
export function organisationsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'must be a list of {name, roles, note?}';
  if (value.length > MAX_ORGANISATIONS) return `may hold at most ${MAX_ORGANISATIONS} organisations`;
  for (const [index, entry] of value.entries()) {
    const what = `[${index}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return `${what} must be an object {name, roles, note?}`;
    const unknown = fieldsProblem(entry, ['name', 'roles', 'note'], what);
    if (unknown) return unknown;
    const { name, roles, note } = entry as Record<string, unknown>;
    if (!isShortText(name, MAX_DETAIL_NAME_LENGTH) || !name.trim())
      return `${what}.name must be non-blank text of at most ${MAX_DETAIL_NAME_LENGTH} characters`;
    if (findInvisibleCharacter(name) !== undefined) return `${what}.name must not contain control, format or other invisible characters`;
    if (!Array.isArray(roles) || roles.length === 0 || roles.length > MAX_ROLES_PER_ORGANISATION || !roles.every((role) => isShortText(role, KEY_MAX))) {
      return `${what}.roles must list 1 to ${MAX_ROLES_PER_ORGANISATION} organisation-role keys`;
    }
    if (note !== undefined && !isShortText(note, MAX_ORGANISATION_NOTE_LENGTH))
      return `${what}.note must be text of at most ${MAX_ORGANISATION_NOTE_LENGTH} characters`;
    if (note !== undefined && findPersonalData(note) !== undefined)
      return `${what}.note must not contain personal data such as an email address or a phone number`;
  }
  return undefined;
}

/** The shape of `contacts`: `[{staffId, role}]`; the staff id's form and the role's list are the licence's rules. */
export function contactsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'must be a list of {staffId, role}';
  if (value.length > MAX_CONTACTS) return `may hold at most ${MAX_CONTACTS} contacts`;
  for (const [index, entry] of value.entries()) {
    const what = `[${index}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return `${what} must be an object {staffId, role}`;
    const unknown = fieldsProblem(entry, ['staffId', 'role'], what);
    if (unknown) return unknown;
    const { staffId, role } = entry as Record<string, unknown>;
    if (!isShortText(staffId, STAFF_ID_MAX) || !staffId) return `${what}.staffId must be a staff id of at most ${STAFF_ID_MAX} characters`;
    if (!isShortText(role, KEY_MAX) || !role) return `${what}.role must be a contact-role key`;
  }
  return undefined;
}

export const IsOrganisations = shapeDecorator('isOrganisations', organisationsProblem);
export const IsContacts = shapeDecorator('isContacts', contactsProblem);

/** A list of short visible texts, at most `count` of them and each at most `length` long: alternate names, tags. */
const shortTexts = (count: number, length: number) => (target: object, propertyName: string) => {
  const stack = [IsArray(), ArrayMaxSize(count), IsString({ each: true }), MaxLength(length, { each: true }), VisibleCharactersOnly({ each: true })];
  // Applied bottom-up, as the same decorators written one above the other are.
  for (const decorate of stack.reverse()) decorate(target, propertyName);
};

/** The shape of `alternateNames` (whether one repeats the name or another is the licence's rule). */
export const IsAlternateNames = () => shortTexts(MAX_ALTERNATE_NAMES, NAME_MAX);

/** The shape of `tags`. */
export const IsTags = () => shortTexts(MAX_TAGS, MAX_TAG_LENGTH);
