import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';

/** A calendar date, YYYY-MM-DD (effective dates, signing dates): no time, no zone. */
export const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** E-resource ids as other systems give them (the e-resources domain comes later): short, no spaces. */
export const RESOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,119}$/;
export const MAX_RESOURCE_IDS = 500;

/** Staff ids as in the staff file, e.g. s-librarian. */
export const STAFF_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}$/;

export const NAME_MAX = 300;
export const LABEL_MAX = 200;
export const REASON_MAX = 2000;
export const NOTE_MAX = 4000;
export const NOT_BLANK = /\S/;

/** Arithmetic, not Date parsing: JavaScript would quietly read 2026-02-30 as 2 March. */
export function isRealCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a real calendar date YYYY-MM-DD, e.g. 2026-01-31`, ...options },
      validator: { validate: (value: unknown) => isRealCalendarDate(value) },
    });
}

/** May be left out, but not sent as null (null would mean "remove", which this field does not allow). */
export const IsOmittable = () => ValidateIf((_, value) => value !== undefined);

/** Term keys are stable forever and kebab-case: ill-electronic, course-reserves-electronic. */
export const TERM_KEY = /^(?=.{2,60}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
