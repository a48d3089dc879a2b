import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@era/calendar';

/** A field that must be a real calendar day written YYYY-MM-DD (not 2026-02-30). */
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

/** May be left out, but not sent as null (null would mean "remove", which such a field does not allow). */
export const IsOmittable = () => ValidateIf((_, value) => value !== undefined);
