import { MAX_NOTE_LENGTH, MAX_TERM_KEY_LENGTH, MAX_VALUES_PER_TERM, TERM_KEY, TERM_KEY_FORM } from '@era/licensing-domain';
import { ValidationOptions } from 'class-validator';
import { shapeDecorator } from '@era/platform';
import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const MAX_TERMS = 200;
const TERM_VALUE_FIELDS = ['value', 'internal', 'internalNote', 'publicNote'];
const VALUE_SHAPE = '{value?, internal?, internalNote?, publicNote?}';

/** One value object: known fields only, content text, a finite number or true/false, the flag true/false, notes text. */
function termValueProblem(where: string, termValue: unknown): string | undefined {
  if (termValue === null || typeof termValue !== 'object' || Array.isArray(termValue)) return `${where} must be an object ${VALUE_SHAPE}`;
  const unknown = Object.keys(termValue).find((field) => !TERM_VALUE_FIELDS.includes(field));
  if (unknown) return `${where}.${unknown} is not a field of a term value (${TERM_VALUE_FIELDS.join(', ')})`;
  const { value, internal, internalNote, publicNote } = termValue as Record<string, unknown>;
  if (value !== undefined && typeof value !== 'string' && typeof value !== 'boolean' && !(typeof value === 'number' && Number.isFinite(value))) {
    return `${where}.value must be text, a finite number or true/false (or left out when a note says what the licence says)`;
  }
  if (internal !== undefined && typeof internal !== 'boolean') return `${where}.internal must be true or false`;
  for (const [field, note] of [
    ['internalNote', internalNote],
    ['publicNote', publicNote],
  ] as const) {
    if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH))
      return `${where}.${field} must be text of at most ${MAX_NOTE_LENGTH} characters`;
  }
  return undefined;
}

/**
 * The shape of term values by term key, `{"ill-electronic": {"value": "prohibited-explicit", "publicNote": "…"}}`, or a
 * list of such objects for a term that takes several values (at most MAX_VALUES_PER_TERM, no deeper nesting).
 * Whether the key is a known term, takes several values and the value fits its type is the vocabulary's to say (422).
 */
export function termValuesProblem(terms: unknown, allowRemoval: boolean): string | undefined {
  if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) return 'must be an object of term values by term key';
  const entries = Object.entries(terms);
  if (entries.length > MAX_TERMS) return `may hold at most ${MAX_TERMS} terms`;
  for (const [key, entry] of entries) {
    if (!TERM_KEY.test(key)) return `has ${JSON.stringify(key.slice(0, MAX_TERM_KEY_LENGTH))}, which is not a term key (${TERM_KEY_FORM})`;
    if (entry === null) {
      if (allowRemoval) continue;
      return `${key} needs a value (null removes a value only in a correction)`;
    }
    if (Array.isArray(entry)) {
      if (entry.length > MAX_VALUES_PER_TERM) return `${key} may hold at most ${MAX_VALUES_PER_TERM} values`;
      for (const [index, termValue] of entry.entries()) {
        const problem = termValueProblem(`${key}[${index}]`, termValue);
        if (problem) return problem;
      }
      continue;
    }
    const problem = termValueProblem(key, entry);
    if (problem) return problem;
  }
  return undefined;
}

export const IsTermValues = (options: { allowRemoval: boolean }, validationOptions?: ValidationOptions) =>
  shapeDecorator('isTermValues', (value) => termValuesProblem(value, options.allowRemoval))(validationOptions);

/** One term value as the OpenAPI document describes it. */
export const TERM_VALUE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    value: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    internal: { type: 'boolean' },
    internalNote: { type: 'string', maxLength: MAX_NOTE_LENGTH },
    publicNote: { type: 'string', maxLength: MAX_NOTE_LENGTH },
  },
};
