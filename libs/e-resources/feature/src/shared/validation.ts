import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@era/calendar';

export { RESOURCE_ID } from '@era/decider';
export const RESOURCE_ID_MESSAGE = 'must be 1 to 120 letters, digits or ._:/- starting with a letter or digit';
/** Vocabulary keys (resource types, subjects): kebab-case. */
export const VOCABULARY_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KEY_MAX = 60;
export const NAME_MAX = 300;
export const NAMES_MAX = 50;
export const DESCRIPTION_MAX = 4000;
export const NOTE_MAX = 4000;
export const REASON_MAX = 2000;
export const GROUP_MAX = 100;
export const URL_MAX = 2000;
export const STANZA_MAX = 64 * 1024;
export const NOT_BLANK = /\S/;

export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a real calendar date YYYY-MM-DD, e.g. 2026-01-31`, ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

/** May be left out, but not sent as null. */
export const IsOmittable = () => ValidateIf((_, value) => value !== undefined);
