import { ValidationArguments } from 'class-validator';
import { findInvisibleCharacter, MAX_SCREENED_LENGTH } from '@era/screening';
import { textScreenDecorator } from './text-screen-decorator';

function refusal({ property, value }: ValidationArguments): string {
  if (typeof value === 'string' && value.length > MAX_SCREENED_LENGTH)
    return `${property} is longer than the ${MAX_SCREENED_LENGTH} characters a text is screened`;
  const found = typeof value === 'string' ? findInvisibleCharacter(value) : undefined;
  return `${property} must not contain control, format or other invisible characters (such as bidi overrides or zero-width spaces); found ${found ?? 'one'}`;
}

/**
 * Text shown to people as it is (a file name in a review: "\u202Efdp.exe" shows as "exe.pdf") holds no character
 * that hides or reorders what is shown. A text over the screening limit is refused unread.
 */
export const VisibleCharactersOnly = textScreenDecorator(
  'visibleCharactersOnly',
  (text) => text.length <= MAX_SCREENED_LENGTH && findInvisibleCharacter(text) === undefined,
  refusal,
);
