import { LicenceRuleViolation } from './licence-rule-violation';
import { isCalendarDate } from '@era/calendar';
import { MAX_NOTE_LENGTH, MAX_TEXT_VALUE_LENGTH, PERMISSION_SCALE, TermValue, TermValueType, YES_NO_OTHER } from './term-values';
import { TermDefinition } from './vocabulary-events';

/** ISO-8601 duration in whole units, e.g. P90D, P3M, P1Y2M, P2W, PT36H; at least one unit, none after a bare T. */
const ISO_DURATION = /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

export const isIsoDuration = (value: unknown): value is string => typeof value === 'string' && ISO_DURATION.test(value);

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** What a value of the type looks like, for messages that tell the user how to fix the input. */
export function expectedValueOf(type: TermValueType): string {
  switch (type) {
    case 'permission':
      return `a permission (${oneOf(PERMISSION_SCALE)})`;
    case 'yes-no-other':
      return `yes/no/other (${oneOf(YES_NO_OTHER)})`;
    case 'integer':
      return 'a whole number, 0 or more';
    case 'text':
      return `non-blank text of at most ${MAX_TEXT_VALUE_LENGTH} characters`;
    case 'date':
      return 'a calendar date YYYY-MM-DD';
    case 'duration':
      return 'an ISO-8601 duration such as P90D, P3M or P1Y2M';
  }
}

function fitsType(type: TermValueType, content: unknown): boolean {
  switch (type) {
    case 'permission':
      return typeof content === 'string' && (PERMISSION_SCALE as readonly string[]).includes(content);
    case 'yes-no-other':
      return typeof content === 'string' && (YES_NO_OTHER as readonly string[]).includes(content);
    case 'integer':
      // Licence integers are counts (concurrent users, sites, copies): never negative.
      return typeof content === 'number' && Number.isSafeInteger(content) && content >= 0;
    case 'text':
      return typeof content === 'string' && content.trim().length > 0 && content.length <= MAX_TEXT_VALUE_LENGTH;
    case 'date':
      return isCalendarDate(content);
    case 'duration':
      return isIsoDuration(content);
  }
}

const invalid = (message: string) => new LicenceRuleViolation('invalid-term-value', message);

/** Refuses a value that is not of the term's type, or a note that is not text or is too long. */
export function checkTermValue(term: TermDefinition, termValue: unknown): void {
  if (termValue === null || typeof termValue !== 'object' || Array.isArray(termValue) || !('value' in termValue)) {
    throw invalid(`term "${term.key}" needs an object {value, internalNote?, publicNote?}`);
  }
  const { value, internalNote, publicNote } = termValue as Record<string, unknown>;
  if (!fitsType(term.valueType, value)) {
    throw invalid(`term "${term.key}" takes ${term.valueType}: ${expectedValueOf(term.valueType)}; got ${JSON.stringify(value) ?? 'nothing'}`);
  }
  for (const [name, note] of [
    ['internalNote', internalNote],
    ['publicNote', publicNote],
  ] as const) {
    if (note === undefined || note === null) continue;
    if (typeof note !== 'string') throw invalid(`the ${name} of term "${term.key}" must be text`);
    if (note.length > MAX_NOTE_LENGTH) throw invalid(`the ${name} of term "${term.key}" is longer than ${MAX_NOTE_LENGTH} characters`);
  }
}

const trimmedOrAbsent = (note: string | null | undefined) => (typeof note === 'string' && note.trim() ? note.trim() : undefined);

/** The value as it goes into an event: text trimmed, blank notes left out, nothing but value and notes kept. */
export function normaliseTermValue(termValue: TermValue): TermValue {
  const internalNote = trimmedOrAbsent(termValue.internalNote);
  const publicNote = trimmedOrAbsent(termValue.publicNote);
  return {
    value: typeof termValue.value === 'string' ? termValue.value.trim() : termValue.value,
    ...(internalNote !== undefined && { internalNote }),
    ...(publicNote !== undefined && { publicNote }),
  };
}
