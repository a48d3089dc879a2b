import { MAX_NOTE_LENGTH, MAX_TERM_KEY_LENGTH, TERM_KEY, TERM_KEY_FORM } from '@era/licensing-domain';
import { registerDecorator, ValidationOptions } from 'class-validator';

const MAX_TERMS = 200;
const TERM_VALUE_FIELDS = ['value', 'internalNote', 'publicNote'];

/**
 * The shape of term values by term key, `{"ill-electronic": {"value": "prohibited-explicit", "publicNote": "…"}}`.
 * Whether the key is a known term and the value fits its type is the vocabulary's to say (422), not the shape's.
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
    if (typeof entry !== 'object' || Array.isArray(entry)) return `${key} must be an object {value, internalNote?, publicNote?}`;
    const unknown = Object.keys(entry).find((field) => !TERM_VALUE_FIELDS.includes(field));
    if (unknown) return `${key}.${unknown} is not a field of a term value (value, internalNote, publicNote)`;
    const { value, internalNote, publicNote } = entry as Record<string, unknown>;
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return `${key}.value must be text or a number`;
    for (const [field, note] of [
      ['internalNote', internalNote],
      ['publicNote', publicNote],
    ] as const) {
      if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH))
        return `${key}.${field} must be text of at most ${MAX_NOTE_LENGTH} characters`;
    }
  }
  return undefined;
}

export function IsTermValues(options: { allowRemoval: boolean }, validationOptions?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTermValues',
      target: target.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => termValuesProblem(value, options.allowRemoval) === undefined,
        defaultMessage: (args) => `${propertyName} ${termValuesProblem(args?.value, options.allowRemoval) ?? 'is not valid'}`,
      },
    });
}
