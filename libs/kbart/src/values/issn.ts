import { compactIdentifier, IDENTIFIER_SEPARATORS } from './identifier-text';
import { MAX_CELL, ValueResult, allDigits, isDigit, ok, quote, refused, repaired } from './result';

/** The ISSN check character for the first seven digits (ISO 3297: weights 8..2, mod 11, 10 written X). */
export function issnCheckCharacter(first7: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(first7[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** An ISSN as `NNNN-NNNC`, check digit validated; anything else (an ISBN, a DOI, several ISSNs, prose) is a problem. */
export function normaliseIssn(raw: string): ValueResult {
  const trimmed = raw.trim();
  if (trimmed === '') return {};
  if (trimmed.length > 64 || raw.length > MAX_CELL) return refused('issn.malformed', `${quote(trimmed)} is too long for an ISSN (NNNN-NNNN)`);
  if (trimmed.startsWith('10.') && trimmed.includes('/')) return refused('issn.is-doi', `${quote(trimmed)} is a DOI, not an ISSN`);
  for (const c of trimmed) {
    if (IDENTIFIER_SEPARATORS.has(c)) return refused('issn.several', `${quote(trimmed)} holds several values; one ISSN (NNNN-NNNN) per column`);
  }
  const c = compactIdentifier(trimmed);
  if ((c.length === 10 || c.length === 13) && allDigits(c.slice(0, c.length - 1))) {
    return refused('issn.is-isbn', `${quote(trimmed)} looks like an ISBN, not an ISSN: check publication_type or the column`);
  }
  if (c.length !== 8 || !allDigits(c.slice(0, 7)) || !(isDigit(c[7]) || c[7] === 'X')) {
    return refused('issn.malformed', `${quote(trimmed)} is not an ISSN (eight characters NNNN-NNNN, the last a digit or X)`);
  }
  const expected = issnCheckCharacter(c);
  if (c[7] !== expected) {
    return refused('issn.check-digit', `${quote(trimmed)} fails the ISSN check digit (it would end in ${expected}); verify the number at portal.issn.org`);
  }
  const value = `${c.slice(0, 4)}-${c.slice(4)}`;
  if (trimmed === value) return ok(value);
  const why = trimmed.includes('x') ? 'lower-case x upper-cased' : trimmed.length === 8 ? 'hyphen inserted' : 'written as NNNN-NNNN';
  return repaired(value, trimmed, why);
}
