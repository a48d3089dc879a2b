import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@era/calendar';

export { RESOURCE_ID } from '@era/decider';
export const MAX_RESOURCE_IDS = 500;

/** Staff ids as in the staff file, e.g. s-librarian, or a sign-in token's subject. */
export { STAFF_ID } from '@era/decider';

export const NAME_MAX = 300;
export const LABEL_MAX = 200;
export const REASON_MAX = 2000;
export const NOTE_MAX = 4000;
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

/** May be left out, but not sent as null (null would mean "remove", which this field does not allow). */
export const IsOmittable = () => ValidateIf((_, value) => value !== undefined);

/** Kept here for the DTOs that import it from this file; the pattern itself is the domain's. */
