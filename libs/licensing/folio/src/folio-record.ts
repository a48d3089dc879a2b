import { isCalendarDate } from '@era/calendar';

/**
 * Reading FOLIO's licence JSON, which arrives unchecked: every reader takes `unknown` and answers undefined (or a
 * problem in words) instead of throwing, so that one bad value is reported and the rest of the record still imports.
 */

/** Bounds on what one record may hold: beyond them the part is refused, not read. */
export const FOLIO_LIMITS = {
  text: 10_000,
  name: 1_000,
  amendments: 100,
  documents: 200,
  termNames: 300,
  valuesPerTerm: 50,
  organisations: 100,
  rolesPerOrganisation: 20,
  contacts: 100,
  tags: 200,
  alternateNames: 100,
} as const;

export type Json = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own properties only, so that "constructor" is no field. */
export const field = (record: Json, name: string): unknown => (Object.hasOwn(record, name) ? record[name] : undefined);

/** Trimmed text, undefined when absent, blank or not text. */
export function textOf(value: unknown, max: number = FOLIO_LIMITS.text): string | undefined {
  if (typeof value !== 'string' || value.length > max) return undefined;
  const trimmed = value.trim();
  return trimmed || undefined;
}

/** A list, bounded; undefined when absent; a problem when it is not a list or too long. */
export function listOf(value: unknown, max: number, what: string): { items: readonly unknown[] } | { problem: string } | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return { problem: `${what} must be a list` };
  if (value.length > max) return { problem: `${what} has ${value.length} entries, more than the ${max} an import reads` };
  return { items: value };
}

/** A FOLIO refdata value as sent: an object {value, label} (the API's form) or its label (the sample data's form). */
export interface Refdata {
  value: string;
  label: string;
}

/** FOLIO's own normal form of a label: lower-case, spaces as underscores ("Other (see notes)" → other_(see_notes)). */
export const folioValueOfLabel = (label: string): string => label.trim().toLowerCase().split(' ').filter(Boolean).join('_');

export function refdataOf(value: unknown): Refdata | undefined {
  if (typeof value === 'string') {
    const label = textOf(value, FOLIO_LIMITS.name);
    return label === undefined ? undefined : { value: folioValueOfLabel(label), label };
  }
  if (!isObject(value)) return undefined;
  const label = textOf(field(value, 'label'), FOLIO_LIMITS.name);
  const raw = textOf(field(value, 'value'), FOLIO_LIMITS.name) ?? (label === undefined ? undefined : folioValueOfLabel(label));
  if (raw === undefined) return undefined;
  return { value: raw, label: label ?? raw };
}

/** A calendar date from FOLIO's YYYY-MM-DD (or an instant whose date part is meant, as older FOLIO versions sent). */
export function dateOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const date = value.slice(0, 10);
  return isCalendarDate(date) && (value.length === 10 || value[10] === 'T') ? date : undefined;
}

/** A list key from a FOLIO refdata value: kebab-case (in_negotiation → in-negotiation, other_(see_notes) → other-see-notes). */
export function kebabOf(value: string): string | undefined {
  const words: string[] = [];
  let word = '';
  for (const char of value.toLowerCase()) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) word += char;
    else if (word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  const key = words.join('-');
  return key.length >= 2 && key.length <= 60 && key[0] >= 'a' && key[0] <= 'z' ? key : undefined;
}

/** A value that says something: not absent, null, blank, an empty list or an empty object. */
const holdsSomething = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  !(typeof value === 'string' && !value.trim()) &&
  !(Array.isArray(value) && value.length === 0) &&
  !(isObject(value) && Object.keys(value).length === 0);

/**
 * The fields of a record the import does not read, where they hold something (FOLIO's links into its other apps,
 * fields of later FOLIO versions): each is reported, so that nothing is dropped without a word.
 */
export function unreadFields(record: Json, read: readonly string[]): string[] {
  return Object.keys(record)
    .filter((name) => !read.includes(name) && holdsSomething(record[name]))
    .slice(0, 50);
}
