import { isAsciiAlnumCode, isAsciiLetterCode, isDigitCode, isSpaceCode, isUpperCode } from './characters';
import { normaliseForScreening } from './normalise';
import { isTooLongToScreen } from './screening-limit';

/** What a refusal says after the field's name. */
export const CREDENTIAL_REFUSAL = 'must not contain a password or other credential (keep vendor logins in the password manager)';

export type CredentialFinding = 'credential' | 'text too long to screen';

/** A word that is a credential label by itself ("pw", "PIN") or at its end ("adminPassword", "client_secret"). */
const LABELS = new Set(['pw', 'pwd', 'pass', 'passwd', 'password', 'passcode', 'passphrase', 'pin', 'secret', 'token', 'apikey', 'bearer']);
const LABEL_ENDINGS = ['password', 'passwd', 'passcode', 'passphrase', 'secret', 'token', 'apikey', 'accesskey', 'secretkey', 'privatekey'];
/** "API key", "api_key", "API-KEY", "access key": "key" is a label only after one of these. */
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private']);
/** "the password is …": a verb between the label and the value. */
const COPULAS = new Set(['is', 'was', 'are', 'were']);
/** What follows "password is" in prose about passwords rather than in a password. */
const PROSE_AFTER_COPULA = new Set(
  (
    'a an the not no now still being been in on at with for to by from of here there this that my your their our his her its ' +
    'required needed correct incorrect wrong invalid valid reset missing empty blank unknown known same different available ' +
    'unavailable too very also case ok fine strong weak long short due new old only always never usually sent set lost'
  ).split(' '),
);
/** "was changed", "is expiring", "is usually …": inflected words after a copula are prose. */
const INFLECTIONS = ['ed', 'ing', 'ly'];
/** Looking ahead from a label reads at most this many characters, so the whole scan stays linear. */
const LOOKAHEAD = 64;
const OPENERS = new Set(['"', "'", '(', '[', '{', '<']);
const CLOSERS = new Set(['"', "'", ')', ']', '}', '>', '.', ',', ';', ':', '!', '?']);

/**
 * "password: …", "vendor_password=…", "adminPassword hunter2", "API-KEY sk_live_…", "the password is …",
 * "login: jdoe / pw: …", a JSON web token: a credential written into free text. Vendor admin passwords belong in the
 * library's password manager, never in an immutable event (or a log), where no one could ever remove them again.
 *
 * The rule is a credential label followed by a value: after ":" or "=" any value; after "is"/"was" any value that is
 * not ordinary prose ("the password is required"); after a space, a value that looks secret (six or more characters
 * with a digit, a symbol or an inner capital), so "password reset instructions were sent" passes.
 *
 * A text longer than MAX_SCREENED_LENGTH is not read at all and is refused; the rest costs time linear in its length.
 */
export function findCredential(text: string): CredentialFinding | undefined {
  if (isTooLongToScreen(text)) return 'text too long to screen';
  return scanForCredential(normaliseForScreening(text)) ? 'credential' : undefined;
}

export const looksLikeCredential = (text: string): boolean => findCredential(text) !== undefined;

/** The scan alone, on normalised text and without the length cap: for the benchmark, which shows it is linear. */
export function scanForCredential(normalised: string): boolean {
  let previousWord = '';
  let previousEnd = -1;
  for (let index = 0; index < normalised.length;) {
    if (!isAsciiLetterCode(normalised.charCodeAt(index))) {
      index++;
      continue;
    }
    const end = endOfWord(normalised, index);
    const word = normalised.slice(index, end).toLowerCase();
    const joinedToPrevious = index - previousEnd <= 1;
    if (isJsonWebTokenAt(normalised, index, end) || (isLabel(word, joinedToPrevious ? previousWord : '') && valueFollows(normalised, end))) return true;
    previousWord = word;
    previousEnd = end;
    index = end;
  }
  return false;
}

function endOfWord(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiAlnumCode(text.charCodeAt(end))) end++;
  return end;
}

function isLabel(word: string, previousWord: string): boolean {
  return LABELS.has(word) || LABEL_ENDINGS.some((ending) => word.endsWith(ending)) || (word === 'key' && KEY_QUALIFIERS.has(previousWord));
}

/** "eyJhbGciOi….eyJzdWIi…": a signed JSON web token (its header and payload are base64url JSON objects). */
function isJsonWebTokenAt(text: string, start: number, end: number): boolean {
  return end - start >= 10 && text.startsWith('eyJ', start) && text.startsWith('.eyJ', end);
}

function skip(text: string, from: number, test: (code: number) => boolean): number {
  let index = from;
  while (index < text.length && index - from < LOOKAHEAD && test(text.charCodeAt(index))) index++;
  return index;
}

const isQuoteOrCloser = (code: number) => code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d;
const isSeparator = (code: number) => code === 0x3a || code === 0x3d;

/** The non-space chunk from `start` (at most LOOKAHEAD characters), without quotes, brackets and end punctuation. */
function chunkAt(text: string, start: number): string {
  let from = start;
  let to = skip(text, start, (code) => !isSpaceCode(code));
  while (from < to && OPENERS.has(text[from])) from++;
  while (to > from && CLOSERS.has(text[to - 1])) to--;
  return text.slice(from, to);
}

function valueFollows(text: string, labelEnd: number): boolean {
  let index = skip(text, skip(text, labelEnd, isQuoteOrCloser), isSpaceCode);
  if (isSeparator(text.charCodeAt(index))) return chunkAt(text, skip(text, skip(text, index, isSeparator), isSpaceCode)).length > 0;
  const next = chunkAt(text, index);
  if (!COPULAS.has(next.toLowerCase())) return looksSecret(next);
  index = skip(
    text,
    skip(text, index, (code) => !isSpaceCode(code)),
    isSpaceCode,
  );
  if (isSeparator(text.charCodeAt(index))) return chunkAt(text, skip(text, index + 1, isSpaceCode)).length > 0;
  return isNotProse(chunkAt(text, index));
}

function isNotProse(value: string): boolean {
  const lower = value.toLowerCase();
  const inflected = /^[a-z]+$/.test(lower) && INFLECTIONS.some((ending) => lower.endsWith(ending));
  return value.length > 0 && !PROSE_AFTER_COPULA.has(lower) && !inflected;
}

/** Six or more characters with a digit, a symbol (other than a hyphen) or a capital after the first letter. */
function looksSecret(value: string): boolean {
  if (value.length < 6) return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isDigitCode(code) || (index > 0 && isUpperCode(code)) || (!isAsciiLetterCode(code) && code !== 0x2d)) return true;
  }
  return false;
}
