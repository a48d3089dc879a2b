/**
 * A term key: stable forever, kebab-case (lower-case letters and digits in words joined by single hyphens, starting
 * with a letter: ill-electronic, course-reserves-electronic), 2 to 60 characters. The one pattern for every place a
 * key arrives (a path, a term's definition, the keys of term values) and for the vocabulary's own rule.
 */
export const MIN_TERM_KEY_LENGTH = 2;
export const MAX_TERM_KEY_LENGTH = 60;
export const TERM_KEY = /^(?=.{2,60}$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Length first, so that no pattern ever runs over an oversized input. */
export const isTermKey = (key: unknown): key is string => typeof key === 'string' && key.length <= MAX_TERM_KEY_LENGTH && TERM_KEY.test(key);

/** How a term key is described to whoever sent a malformed one. */
export const TERM_KEY_FORM = 'kebab-case of 2 to 60 characters, e.g. ill-electronic';
