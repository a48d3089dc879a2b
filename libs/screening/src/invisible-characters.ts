/**
 * Characters a reader cannot see or that change what is shown around them: controls (C0, DEL, C1), format
 * characters (zero-width space and joiners, bidi embeddings, overrides and isolates such as U+202E, soft hyphen),
 * line and paragraph separators, surrogate halves, private-use and unassigned code points, and the other default
 * ignorables (variation selectors, Hangul fillers). One character per test, so no backtracking.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}]/u;

/** The first invisible character of a text, as "U+202E", or undefined. Linear; the caller caps the length first. */
export function findInvisibleCharacter(text: string): string | undefined {
  const found = INVISIBLE.exec(text);
  if (!found) return undefined;
  const codePoint = found[0].codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
