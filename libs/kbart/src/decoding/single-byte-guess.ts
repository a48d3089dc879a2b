import { analyse } from 'chardet';
import * as iconv from 'iconv-lite';

export type SingleByteEncoding = 'windows-1252' | 'iso-8859-1' | 'macintosh';

type LetterCase = 'lower' | 'upper' | 'other';

// The case of the character each byte 0x80..0xFF stands for, per encoding; built once, 128 entries each.
const caseTables = new Map<SingleByteEncoding, readonly LetterCase[]>();
function caseTable(encoding: SingleByteEncoding): readonly LetterCase[] {
  let table = caseTables.get(encoding);
  if (!table) {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    table = Array.from(iconv.decode(high, encoding), (char): LetterCase => {
      if (char.toLowerCase() === char.toUpperCase()) return 'other';
      return char === char.toLowerCase() ? 'lower' : 'upper';
    });
    caseTables.set(encoding, table);
  }
  return table;
}

const isAsciiLower = (b: number) => b >= 0x61 && b <= 0x7a;

// Windows-1252's typographic quotes and dashes (0x91..0x94, 0x96, 0x97): typical of text pasted from a word processor.
const isCp1252Typography = (b: number) => (b >= 0x91 && b <= 0x94) || b === 0x96 || b === 0x97;

/**
 * How much the high bytes read as words in this encoding. A lower-case letter next to a letter scores 2; a capital
 * not preceded by a lower-case letter 1; a capital right after a lower-case letter -2 (no word is spelt "cafÈ");
 * Windows-1252's quotes and dashes 1. chardet knows no Mac Roman, and Latin-1's "é" (0xE9) is Mac Roman's "È",
 * Mac Roman's "é" (0x8E) Windows-1252's "Ž": letter cases in context tell them apart.
 */
export function wordLikeScore(sample: Uint8Array, encoding: SingleByteEncoding): number {
  const table = caseTable(encoding);
  const caseAt = (i: number): LetterCase => {
    if (i < 0 || i >= sample.length) return 'other';
    const b = sample[i];
    if (b >= 0x80) return table[b - 0x80];
    if (isAsciiLower(b)) return 'lower';
    return b >= 0x41 && b <= 0x5a ? 'upper' : 'other';
  };
  let score = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    const letterCase = table[b - 0x80];
    const before = caseAt(i - 1);
    if (letterCase === 'lower') score += before !== 'other' || caseAt(i + 1) !== 'other' ? 2 : 0;
    else if (letterCase === 'upper') score += before === 'lower' ? -2 : 1;
    else if (encoding === 'windows-1252' && isCp1252Typography(b)) score += 1;
  }
  return score;
}

const hasC1Bytes = (sample: Uint8Array) => sample.some((b) => b >= 0x80 && b <= 0x9f);

export interface SingleByteGuess {
  readonly encoding: SingleByteEncoding;
  readonly confidence: number;
}

/** A guess among Windows-1252, ISO-8859-1 and Mac Roman for bytes that are not UTF-8. */
export function guessSingleByte(sample: Uint8Array): SingleByteGuess {
  const latin = wordLikeScore(sample, 'windows-1252');
  const mac = wordLikeScore(sample, 'macintosh');
  if (mac > latin) return { encoding: 'macintosh', confidence: share(mac, latin) };
  // ISO-8859-1 has only control characters at 0x80..0x9F; Windows-1252 has its curly quotes, dashes and € there.
  if (hasC1Bytes(sample)) return { encoding: 'windows-1252', confidence: Math.max(0.5, share(latin, mac)) };
  const chardetOpinion = analyse(sample).find((match) => match.name === 'ISO-8859-1' || match.name === 'windows-1252');
  const encoding: SingleByteEncoding = chardetOpinion?.name === 'ISO-8859-1' ? 'iso-8859-1' : 'windows-1252';
  const confidence = chardetOpinion ? chardetOpinion.confidence / 100 : 0.5;
  return { encoding, confidence: round(Math.max(confidence, share(latin, mac) / 2)) };
}

const round = (n: number) => Math.round(n * 100) / 100;
// How far one score leads another, as 0..1 (scores can be negative: a clear loser counts as zero).
const share = (winner: number, loser: number) => {
  const [w, l] = [Math.max(winner, 0), Math.max(loser, 0)];
  return w + l === 0 ? 0.5 : round(w / (w + l));
};
