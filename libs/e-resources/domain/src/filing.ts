/**
 * Library filing order for the A-Z list: a leading article is ignored (English, French, German, Spanish), diacritics
 * are folded, case and punctuation are ignored, and digits file before letters. Linear in the title's length.
 *
 * Decisions: an article is recognised only as the whole first word followed by a space (or `L'`/`L’` followed by
 * anything), only once ("The The" files as "The"), and never when it is the whole title. The check is made on the
 * title before diacritics are folded, so the accented Spanish pronoun "Él" is not the article "El". "A" followed by
 * "to" ("A to Z of …") is the letter, not the article. Punctuation becomes a word break, except apostrophes, which
 * vanish ("Hawai'i" files as "Hawaii"); a word break files before any character ("New York" before "Newark").
 */

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'der', 'die', 'das', 'el', 'los', 'las']);
const ELISIONS: readonly string[] = ["l'", 'l\u2019'];
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019', '\u2018', '\u02bc']);
const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const COMBINING_MARK = /\p{M}/gu;

/** The title without its leading article, if it has one and something follows it. */
export function withoutArticle(title: string): string {
  const trimmed = title.trim();
  const lower = trimmed.toLowerCase();
  for (const elision of ELISIONS) {
    if (lower.startsWith(elision) && trimmed.length > elision.length) return trimmed.slice(elision.length).trimStart();
  }
  const space = trimmed.indexOf(' ');
  if (space <= 0) return trimmed;
  const first = lower.slice(0, space);
  const rest = trimmed.slice(space + 1).trimStart();
  if (!ARTICLES.has(first) || rest === '') return trimmed;
  if (first === 'a' && rest.toLowerCase().startsWith('to ')) return trimmed;
  return rest;
}

/** Lower case, diacritics and ligatures folded, punctuation as single spaces, trimmed. */
function fold(text: string): string {
  const plain = text.toLowerCase().normalize('NFKD').replace(COMBINING_MARK, '');
  let out = '';
  let pendingSpace = false;
  for (const ch of plain) {
    const mapped = LIGATURES[ch] ?? ch;
    if (APOSTROPHES.has(ch)) continue;
    if ((mapped >= 'a' && mapped <= 'z') || (mapped >= '0' && mapped <= '9') || LIGATURES[ch] !== undefined) {
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      out += mapped;
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

/** The key titles are sorted by (compare with `<`, not `localeCompare`). */
export function filingKey(title: string): string {
  return fold(withoutArticle(title));
}

/** The letter index entry: 'A'–'Z', or '#' for a title filed under a digit or anything else. */
export function filingLetter(title: string): string {
  const first = filingKey(title).charAt(0);
  return first >= 'a' && first <= 'z' ? first.toUpperCase() : '#';
}

/** Orders titles by filing key, then by the title itself so that the order is total and deterministic. */
export function compareFiling(a: string, b: string): number {
  const ka = filingKey(a);
  const kb = filingKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
