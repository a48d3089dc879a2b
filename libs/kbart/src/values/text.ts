import { ValueResult, ok, quote, refused, repaired } from './result';

export const MAX_URL = 2048;
export const MAX_TEXT = 1000;
export const MAX_NUMBER = 64;

/** Tabs and line breaks inside a value (a quoted cell may hold them): KBART has no place for them. Linear. */
const BREAKS = /[\t\r\n]+/g;

/**
 * Free text (titles, authors, publishers, notes): trimmed (not reported), a tab or line break inside written as one
 * space (repaired: a list shows it, and the KBART export could not write it), refused when absurdly long.
 */
export function normaliseText(raw: string): ValueResult {
  const trimmed = raw.trim();
  if (trimmed === '') return {};
  if (trimmed.length > MAX_TEXT) return refused('text.too-long', `${quote(trimmed)} is longer than ${MAX_TEXT} characters`);
  const spaced = trimmed.replace(BREAKS, ' ');
  return spaced === trimmed ? ok(trimmed) : repaired(spaced, trimmed, 'a tab or line break inside the value, written as a space');
}

/** Volume and issue numbers stay text ("12A", "Suppl. 2"), trimmed. */
export function normaliseNumbering(raw: string): ValueResult {
  const trimmed = raw.trim();
  if (trimmed === '') return {};
  if (trimmed.length > MAX_NUMBER)
    return refused('numbering.too-long', `${quote(trimmed)} is too long for a volume or issue (${MAX_NUMBER} characters at most)`);
  return ok(trimmed);
}

/** A title URL: absolute http or https only, with a host, at most 2048 characters. */
export function normaliseTitleUrl(raw: string): ValueResult {
  const trimmed = raw.trim();
  if (trimmed === '') return {};
  if (trimmed.length > MAX_URL) return refused('url.too-long', `the title URL is longer than ${MAX_URL} characters`);
  const lower = trimmed.slice(0, 8).toLowerCase();
  if (!lower.startsWith('http://') && !lower.startsWith('https://')) {
    return refused('url.not-absolute', `${quote(trimmed)} is not an absolute http or https URL`);
  }
  for (const c of trimmed) {
    if (c <= ' ') return refused('url.malformed', `${quote(trimmed)} contains spaces or control characters`);
  }
  try {
    const url = new URL(trimmed);
    if (url.hostname === '') return refused('url.malformed', `${quote(trimmed)} has no host`);
  } catch {
    return refused('url.malformed', `${quote(trimmed)} is not a valid URL`);
  }
  return ok(trimmed);
}
