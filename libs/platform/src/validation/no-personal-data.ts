import { ValidationArguments } from 'class-validator';
import { findPersonalData, MAX_SCREENED_LENGTH } from '@era/screening';
import { textScreenDecorator } from './text-screen-decorator';

function refusal({ property, value }: ValidationArguments): string {
  const finding = typeof value === 'string' ? findPersonalData(value) : undefined;
  if (finding === 'text too long to screen') return `${property} is longer than the ${MAX_SCREENED_LENGTH} characters a text is screened for personal data`;
  return `${property} must not contain personal data such as an email address or a card or phone number (it holds what looks like a ${finding ?? 'personal detail'})`;
}

/**
 * Free text never holds patron identity: text that looks like an email address or a card or phone number is refused
 * rather than stored in an immutable event. A thin adapter over `findPersonalData` (@era/screening), the one screen
 * every area uses; it reads no further than the screening limit, whatever the field's own maximum length.
 */
export const NoPersonalData = textScreenDecorator('noPersonalData', (text) => findPersonalData(text) === undefined, refusal);
