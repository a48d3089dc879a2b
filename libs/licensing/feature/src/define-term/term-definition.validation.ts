import { MAX_OPTION_VALUE_LENGTH, MAX_TERM_LABEL_LENGTH, MAX_TERM_OPTIONS } from '@era/licensing-domain';
import { findInvisibleCharacter } from '@era/screening';
import { shapeDecorator } from '@era/platform';

const isBound = (bound: unknown) => bound === undefined || (typeof bound === 'number' && Number.isFinite(bound));

/** The shape of a range `{min?, max?}`: finite numbers, nothing else. Whether the term takes one is the vocabulary's to say (422). */
export function termRangeProblem(range: unknown): string | undefined {
  if (range === null || typeof range !== 'object' || Array.isArray(range)) return 'must be an object {min?, max?}';
  const unknown = Object.keys(range).find((field) => field !== 'min' && field !== 'max');
  if (unknown) return `.${unknown} is not a field of a range (min, max)`;
  const { min, max } = range as Record<string, unknown>;
  return isBound(min) && isBound(max) ? undefined : 'bounds must be finite numbers';
}

/** The shape of options `[{value, label}]`: a bounded list of objects of two bounded, visible texts. */
export function termOptionsProblem(options: unknown): string | undefined {
  if (!Array.isArray(options)) return 'must be a list of {value, label}';
  if (options.length > MAX_TERM_OPTIONS) return `may hold at most ${MAX_TERM_OPTIONS} options`;
  for (const [index, option] of options.entries()) {
    if (option === null || typeof option !== 'object' || Array.isArray(option)) return `[${index}] must be an object {value, label}`;
    const unknown = Object.keys(option).find((field) => field !== 'value' && field !== 'label');
    if (unknown) return `[${index}].${unknown} is not a field of an option (value, label)`;
    const { value, label } = option as Record<string, unknown>;
    if (typeof value !== 'string' || value.length > MAX_OPTION_VALUE_LENGTH)
      return `[${index}].value must be text of at most ${MAX_OPTION_VALUE_LENGTH} characters`;
    if (typeof label !== 'string' || label.length > MAX_TERM_LABEL_LENGTH)
      return `[${index}].label must be text of at most ${MAX_TERM_LABEL_LENGTH} characters`;
    // Shown to staff as they are: nothing that hides or reorders what is shown.
    if (findInvisibleCharacter(value) !== undefined || findInvisibleCharacter(label) !== undefined) {
      return `[${index}] must not contain control, format or other invisible characters`;
    }
  }
  return undefined;
}

export const IsTermRange = shapeDecorator('isTermRange', termRangeProblem);
export const IsTermOptions = shapeDecorator('isTermOptions', termOptionsProblem);
