import { LicenceRuleViolation } from './licence-rule-violation';
import { isCalendarDate } from '@era/calendar';
import { MAX_NOTE_LENGTH, MAX_TEXT_VALUE_LENGTH, PERMISSION_SCALE, TermEntry, TermValue, YES_NO_OTHER } from './term-values';
import { TermDefinition } from './vocabulary-events';

/** ISO-8601 duration in whole units, e.g. P90D, P3M, P1Y2M, P2W, PT36H; at least one unit, none after a bare T. */
const ISO_DURATION = /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

/** A term that takes several values takes at most this many in one version. */
export const MAX_VALUES_PER_TERM = 50;
/** A URL value: measured before it is parsed. */
export const MAX_URL_LENGTH = 2000;

export const isIsoDuration = (value: unknown): value is string => typeof value === 'string' && ISO_DURATION.test(value);

/** An absolute http(s) URL: length first, then the platform's own URL parser. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH || value.trim() !== value) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

type Range = NonNullable<TermDefinition['range']>;

/** "from -1 to 10", "up to 5", "from 0", or "" for an open range. */
function rangeText({ min, max }: Range): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` from ${min}`;
  if (max !== undefined) return ` up to ${max}`;
  return '';
}

const withinRange = (content: number, { min, max }: Range) => (min === undefined || content >= min) && (max === undefined || content <= max);

/** What a value of the term looks like, for messages that tell the user how to fix the input. */
export function expectedValueOf(term: Pick<TermDefinition, 'valueType' | 'range' | 'options'>): string {
  switch (term.valueType) {
    case 'permission':
      return `a permission (${oneOf(PERMISSION_SCALE)})`;
    case 'yes-no-other':
      return `yes/no/other (${oneOf(YES_NO_OTHER)})`;
    case 'integer':
      // A definition without a range keeps the rule of the terms defined before ranges: counts, never negative.
      return term.range === undefined
        ? 'a whole number, 0 or more (the term defines no range; a definition with a range, even {}, decides otherwise)'
        : `a whole number${rangeText(term.range) || ' (any)'}, as the term's range says`;
    case 'decimal':
      return term.range === undefined ? 'a finite number' : `a finite number${rangeText(term.range) || ' (any)'}, as the term's range says`;
    case 'boolean':
      return 'true or false';
    case 'text':
      return `non-blank text of at most ${MAX_TEXT_VALUE_LENGTH} characters`;
    case 'url':
      return `an absolute http or https URL of at most ${MAX_URL_LENGTH} characters`;
    case 'date':
      return 'a calendar date YYYY-MM-DD';
    case 'duration':
      return 'an ISO-8601 duration such as P90D, P3M or P1Y2M';
    case 'choice':
      return `one of the term's options (${oneOf((term.options ?? []).map((option) => option.value))})`;
  }
}

function fitsType(term: Pick<TermDefinition, 'valueType' | 'range' | 'options'>, content: unknown): boolean {
  switch (term.valueType) {
    case 'permission':
      return typeof content === 'string' && (PERMISSION_SCALE as readonly string[]).includes(content);
    case 'yes-no-other':
      return typeof content === 'string' && (YES_NO_OTHER as readonly string[]).includes(content);
    case 'integer':
      if (typeof content !== 'number' || !Number.isSafeInteger(content)) return false;
      return term.range === undefined ? content >= 0 : withinRange(content, term.range);
    case 'decimal':
      return typeof content === 'number' && Number.isFinite(content) && (term.range === undefined || withinRange(content, term.range));
    case 'boolean':
      return typeof content === 'boolean';
    case 'text':
      return typeof content === 'string' && content.trim().length > 0 && content.length <= MAX_TEXT_VALUE_LENGTH;
    case 'url':
      return typeof content === 'string' && content.length <= MAX_URL_LENGTH && isHttpUrl(content.trim());
    case 'date':
      return isCalendarDate(content);
    case 'duration':
      return isIsoDuration(content);
    case 'choice':
      return typeof content === 'string' && (term.options ?? []).some((option) => option.value === content);
  }
}

const invalid = (message: string) => new LicenceRuleViolation('invalid-term-value', message);

const VALUE_SHAPE = '{value?, internal?, internalNote?, publicNote?}';

const isBlank = (note: unknown) => typeof note !== 'string' || note.trim().length === 0;

/**
 * Refuses a value that is not of the term's type (and range or options), a flag that is not true or false, a note
 * that is not text or is too long, and a value left out without a note that says what the licence says.
 */
export function checkTermValue(term: TermDefinition, termValue: unknown): void {
  if (termValue === null || typeof termValue !== 'object' || Array.isArray(termValue)) {
    throw invalid(`term "${term.key}" needs an object ${VALUE_SHAPE}`);
  }
  const { value, internal, internalNote, publicNote } = termValue as Record<string, unknown>;
  for (const [name, note] of [
    ['internalNote', internalNote],
    ['publicNote', publicNote],
  ] as const) {
    if (note === undefined || note === null) continue;
    if (typeof note !== 'string') throw invalid(`the ${name} of term "${term.key}" must be text`);
    if (note.length > MAX_NOTE_LENGTH) throw invalid(`the ${name} of term "${term.key}" is longer than ${MAX_NOTE_LENGTH} characters`);
  }
  if (internal !== undefined && typeof internal !== 'boolean') throw invalid(`the internal flag of term "${term.key}" must be true or false`);
  if (value === undefined) {
    if (isBlank(internalNote) && isBlank(publicNote)) {
      throw new LicenceRuleViolation(
        'term-value-needs-note',
        `term "${term.key}" has no value: leave the value out only when a note says what the licence says (give ${expectedValueOf(term)}, or a note)`,
      );
    }
    return;
  }
  if (!fitsType(term, value)) {
    throw invalid(`term "${term.key}" takes ${term.valueType}: ${expectedValueOf(term)}; got ${JSON.stringify(value) ?? 'nothing'}`);
  }
}

/**
 * Refuses an entry the term cannot take: several values for a term that takes one, none at all, or more than the cap;
 * then each value as checkTermValue does. A single value object for a term that takes several is fine.
 */
export function checkTermEntry(term: TermDefinition, entry: unknown): void {
  if (!Array.isArray(entry)) return checkTermValue(term, entry);
  if (term.multiple !== true) {
    throw new LicenceRuleViolation('term-takes-one-value', `term "${term.key}" takes one value: send one object ${VALUE_SHAPE}, not a list`);
  }
  if (entry.length === 0) throw invalid(`term "${term.key}" has an empty list of values: give at least one, or leave the term out`);
  if (entry.length > MAX_VALUES_PER_TERM) throw invalid(`term "${term.key}" has ${entry.length} values; at most ${MAX_VALUES_PER_TERM}`);
  for (const termValue of entry) checkTermValue(term, termValue);
}

const trimmedOrAbsent = (note: unknown) => (typeof note === 'string' && note.trim() ? note.trim() : undefined);

/**
 * The value as it goes into an event: text trimmed, blank notes left out, nothing but value, flag and notes kept.
 * The internal flag is recorded explicitly for a term internal by default (true unless the value says false), and
 * only when true otherwise, so that values recorded before the flag read the same.
 */
export function normaliseTermValue(termValue: TermValue, term?: Pick<TermDefinition, 'internalByDefault'>): TermValue {
  if (termValue === null || typeof termValue !== 'object') return termValue;
  const internalNote = trimmedOrAbsent(termValue.internalNote);
  const publicNote = trimmedOrAbsent(termValue.publicNote);
  const internal = term?.internalByDefault === true ? termValue.internal !== false : termValue.internal === true ? true : undefined;
  return {
    ...(termValue.value !== undefined && { value: typeof termValue.value === 'string' ? termValue.value.trim() : termValue.value }),
    ...(internal !== undefined && { internal }),
    ...(internalNote !== undefined && { internalNote }),
    ...(publicNote !== undefined && { publicNote }),
  };
}

/** An entry as it goes into an event: each value normalised; a term that takes several values always records a list. */
export function normaliseTermEntry(entry: TermEntry, term?: Pick<TermDefinition, 'internalByDefault' | 'multiple'>): TermEntry {
  if (Array.isArray(entry)) return entry.map((termValue: TermValue) => normaliseTermValue(termValue, term));
  const termValue = normaliseTermValue(entry as TermValue, term);
  return term?.multiple === true ? [termValue] : termValue;
}
