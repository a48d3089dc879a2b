import { compactIdentifier, IDENTIFIER_SEPARATORS } from './identifier-text';
import { MAX_CELL, ValueResult, allDigits, isDigit, ok, quote, refused, repaired } from './result';

export interface Isbn {
  /** Always present: the ISBN-13 (an ISBN-10 mapped with the 978 prefix). */
  readonly isbn13: string;
  /** Present when the vendor gave an ISBN-10 (or both forms). */
  readonly isbn10?: string;
}

export function isbn10CheckCharacter(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

export function isbn10To13(isbn10: string): string {
  const first12 = `978${isbn10.slice(0, 9)}`;
  return first12 + isbn13CheckDigit(first12);
}

/** An ISBN as written, compacted, and without an "ISBN" or "ISBN:" before it. */
function compact(s: string): string {
  const out = compactIdentifier(s);
  return out.toUpperCase().startsWith('ISBN') ? out.slice(4).replace(/^:/, '') : out;
}

type One = { isbn?: Isbn; problem?: { code: string; message: string } };

function one(part: string): One {
  const c = compact(part);
  if (c.length === 10 && allDigits(c.slice(0, 9)) && (isDigit(c[9]) || c[9] === 'X')) {
    const expected = isbn10CheckCharacter(c);
    if (c[9] !== expected)
      return { problem: { code: 'isbn.check-digit', message: `${quote(part)} fails the ISBN-10 check digit (it would end in ${expected})` } };
    return { isbn: { isbn13: isbn10To13(c), isbn10: c } };
  }
  if (c.length === 13 && allDigits(c)) {
    if (!c.startsWith('978') && !c.startsWith('979'))
      return { problem: { code: 'isbn.malformed', message: `${quote(part)} is not an ISBN-13 (it starts 978 or 979)` } };
    const expected = isbn13CheckDigit(c);
    if (c[12] !== expected)
      return { problem: { code: 'isbn.check-digit', message: `${quote(part)} fails the ISBN-13 check digit (it would end in ${expected})` } };
    return { isbn: c.startsWith('978') ? { isbn13: c, isbn10: c.slice(3, 12) + isbn10CheckCharacter(c.slice(3, 12)) } : { isbn13: c } };
  }
  if (c.length === 8 && allDigits(c.slice(0, 7)))
    return { problem: { code: 'isbn.is-issn', message: `${quote(part)} looks like an ISSN, not an ISBN: check publication_type or the column` } };
  return { problem: { code: 'isbn.malformed', message: `${quote(part)} is not an ISBN (10 or 13 digits, hyphens allowed)` } };
}

/**
 * An ISBN-10 or -13 (hyphens and spaces dropped, check digit validated), answered as its ISBN-13 and, for 978 numbers, its ISBN-10.
 * Two forms of the same book in one cell (`0-85199-079-7\978-0-85199-079-8`) are accepted as a repair; two different books are a problem.
 */
export function normaliseIsbn(raw: string): ValueResult<Isbn> {
  const trimmed = raw.trim();
  if (trimmed === '') return {};
  if (trimmed.length > 80 || raw.length > MAX_CELL) return refused('isbn.malformed', `${quote(trimmed)} is too long for an ISBN`);
  if (trimmed.startsWith('10.') && trimmed.includes('/')) return refused('isbn.is-doi', `${quote(trimmed)} is a DOI, not an ISBN`);
  const parts: string[] = [];
  let current = '';
  for (const ch of trimmed) {
    if (IDENTIFIER_SEPARATORS.has(ch)) {
      if (current.trim() !== '') parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  if (parts.length === 0) return refused('isbn.malformed', `${quote(trimmed)} is not an ISBN`);
  if (parts.length > 1) {
    const all = parts.map(one);
    const bad = all.find((r) => r.problem);
    if (bad?.problem) return { problem: bad.problem };
    const thirteens = new Set(all.map((r) => r.isbn?.isbn13));
    if (thirteens.size > 1) return refused('isbn.several', `${quote(trimmed)} holds different ISBNs; one ISBN per column`);
    const first = all[0].isbn as Isbn;
    return repaired(first, trimmed, 'two forms of the same ISBN in one cell; one kept');
  }
  const r = one(parts[0]);
  if (r.problem) return { problem: r.problem };
  const isbn = r.isbn as Isbn;
  const given = compact(trimmed);
  if (given.length === 13) return given === trimmed ? ok(isbn) : repaired(isbn, trimmed, 'hyphens and spaces removed');
  return repaired(isbn, trimmed, 'ISBN-10 mapped to ISBN-13 (978 prefix); the ISBN-10 is kept too');
}
