export { RESOURCE_ID } from '@era/decider';
export const MAX_RESOURCE_IDS = 500;

/** Staff ids as in the staff file, e.g. s-librarian, or a sign-in token's subject. */
export { STAFF_ID } from '@era/decider';

export const NAME_MAX = 300;
export const LABEL_MAX = 200;
export const REASON_MAX = 2000;
export const NOTE_MAX = 4000;
export const NOT_BLANK = /\S/;

export { IsCalendarDate, IsOmittable } from '@era/platform';

/** Kept here for the DTOs that import it from this file; the pattern itself is the domain's. */
