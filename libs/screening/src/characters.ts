/** Character tests by code unit: cheaper and clearer than a regular expression per character. */
export const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
export const isAsciiLetterCode = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
export const isAsciiAlnumCode = (code: number): boolean => isDigitCode(code) || isAsciiLetterCode(code);
export const isUpperCode = (code: number): boolean => code >= 0x41 && code <= 0x5a;
/** Space, tab, line feed, carriage return: what NFKC leaves of the spaces people type. */
export const isSpaceCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** A letter or digit of any script (one character, so the pattern never backtracks). */
export const isLetterOrDigit = (character: string | undefined): boolean =>
  character !== undefined && (isAsciiAlnumCode(character.charCodeAt(0)) || (character.charCodeAt(0) > 0x7f && LETTER_OR_NUMBER.test(character)));
const LETTER = /\p{L}/u;
export const isLetter = (character: string | undefined): boolean =>
  character !== undefined && (isAsciiLetterCode(character.charCodeAt(0)) || (character.charCodeAt(0) > 0x7f && LETTER.test(character)));
