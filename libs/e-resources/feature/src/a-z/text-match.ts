const COMBINING_MARK = /\p{M}/gu;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** Lower case, diacritics folded, split into words of letters and digits. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .split(WORD_BREAK)
    .filter((word) => word !== '');
}

/**
 * The search the read store's text index answers (every word of the query is the start of a word of the text; case
 * and diacritics ignored), for the staff view, which filters the resources as they stand in memory.
 */
export function matchesText(text: string, query: string): boolean {
  const words = wordsOf(text);
  return wordsOf(query).every((wanted) => words.some((word) => word.startsWith(wanted)));
}
