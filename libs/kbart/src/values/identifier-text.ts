/** Characters vendors put between several identifiers in one cell. */
export const IDENTIFIER_SEPARATORS: ReadonlySet<string> = new Set([';', ',', '|', '\\', '/']);

/** Hyphens, dashes and (non-breaking) spaces vendors write inside one ISSN or ISBN. */
const INSIDE_IDENTIFIER = new Set(['-', ' ', '\u2010', '\u2011', '\u2013', '\u00a0']);

/** An ISSN or ISBN as written, without what vendors put inside it, and a lower-case check character x upper-cased. */
export function compactIdentifier(written: string): string {
  let out = '';
  for (const c of written) {
    if (INSIDE_IDENTIFIER.has(c)) continue;
    out += c === 'x' ? 'X' : c;
  }
  return out;
}
