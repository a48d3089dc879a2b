/** Format characters: zero-width space and joiners, bidi embeddings, overrides and isolates, soft hyphen, BOM, … */
const FORMAT_CHARACTER = /\p{Cf}/gu;
const DECIMAL_DIGIT = /\p{Nd}/u;
const ASCII_ZERO = 0x30;

/**
 * The value of a decimal digit of any script. Unicode lays out every script's digits as runs of ten, zero to nine
 * (some scripts have several runs back to back), so the value is the distance from the start of the run, modulo ten.
 */
function digitValue(codePoint: number): number {
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (codePoint - start) % 10;
}

/**
 * The text as a screen reads it, so that a disguised address or number looks like a plain one: compatibility forms
 * folded (NFKC: full-width "１２３" and "＠" become "123" and "@", non-breaking and thin spaces become spaces), format
 * characters removed ("5\u200B5\u200B5" is "555"), and every script's decimal digits written as ASCII digits.
 * Linear in the length; the caller caps the length first.
 */
export function normaliseForScreening(text: string): string {
  const folded = text.normalize('NFKC').replace(FORMAT_CHARACTER, '');
  let ascii = '';
  let copiedUpTo = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code < 0x80) continue;
    const codePoint = folded.codePointAt(i) ?? code;
    const width = codePoint > 0xffff ? 2 : 1;
    if (DECIMAL_DIGIT.test(String.fromCodePoint(codePoint))) {
      ascii += folded.slice(copiedUpTo, i) + String.fromCharCode(ASCII_ZERO + digitValue(codePoint));
      copiedUpTo = i + width;
    }
    i += width - 1;
  }
  return copiedUpTo === 0 ? folded : ascii + folded.slice(copiedUpTo);
}
