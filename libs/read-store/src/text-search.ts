import { InvalidQueryError } from './errors';
import { ReadDocument } from './read-store.port';

export const MAX_TEXT_LENGTH = 200;
export const MAX_TEXT_WORDS = 16;

/** Letters that carry no combining mark to strip, folded as a reader would type them on a plain keyboard. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const FOLDABLE = /[øłđðħıŧßæœþ]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * The words of a text as search compares them: lower case, without diacritics, split at anything that is not a
 * letter or a digit. Documents and queries go through this same function on every adapter, so they always agree.
 */
export function textWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLDABLE, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .split(SEPARATORS)
    .filter((word) => word.length > 0);
}

/** The distinct words of a document's text fields; strings and lists of strings count, other values do not. */
export function documentWords(document: ReadDocument, textFields: readonly string[]): string[] {
  const words = new Set<string>();
  for (const field of textFields) {
    const value = document[field];
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    for (const text of texts) for (const word of textWords(text)) words.add(word);
  }
  return [...words];
}

/**
 * A query's `text` as the distinct words every match must start one of its words with, or InvalidQueryError (a 400):
 * it is client input. No words at all (only punctuation, say) constrains nothing.
 */
export function queryWords(text: unknown): string[] {
  if (typeof text !== 'string') throw new InvalidQueryError('text must be a string');
  if (text.length > MAX_TEXT_LENGTH) throw new InvalidQueryError(`text must be at most ${MAX_TEXT_LENGTH} characters`);
  const words = textWords(text);
  if (words.length > MAX_TEXT_WORDS) throw new InvalidQueryError(`text must be at most ${MAX_TEXT_WORDS} words`);
  return [...new Set(words)];
}
