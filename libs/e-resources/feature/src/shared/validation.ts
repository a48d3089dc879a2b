import { RESOURCE_ID_FORM } from '@era/decider';

export { RESOURCE_ID } from '@era/decider';
export const RESOURCE_ID_MESSAGE = `must be ${RESOURCE_ID_FORM}`;
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

export { IsCalendarDate, IsOmittable } from '@era/platform';
