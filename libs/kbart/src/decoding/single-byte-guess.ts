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
const isAsciiLetter = (b: number) => isAsciiLower(b) || (b >= 0x41 && b <= 0x5a);

/**
 * How much the high bytes read as words in this encoding: a lower-case letter after a letter scores 2, a capital
 * starting a word 1, anything else (a symbol, a capital inside a lower-case word) 0. chardet knows no Mac Roman,
 * and Latin-1's "é" (0xE9) is Mac Roman's "È", Mac Roman's "é" (0x8E) Windows-1252's "Ž": letter cases tell them apart.
 */
export function wordLikeScore(sample: Uint8Array, encoding: SingleByteEncoding): number {
  const table = caseTable(encoding);
  let score = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    const before = i > 0 ? sample[i - 1] : 0x20;
    const afterLetter = isAsciiLetter(before) || (before >= 0x80 && table[before - 0x80] !== 'other');
    const letterCase = table[b - 0x80];
    if (letterCase === 'lower' && afterLetter) score += 2;
    else if (letterCase === 'upper' && !isAsciiLower(before)) score += 1;
    else if (letterCase === 'lower') score += 1;
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
  if (mac > latin) return { encoding: 'macintosh', confidence: round(mac / (mac + latin)) };
  // ISO-8859-1 has only control characters at 0x80..0x9F; Windows-1252 has its curly quotes, dashes and € there.
  if (hasC1Bytes(sample)) return { encoding: 'windows-1252', confidence: round(Math.max(0.5, latin / (mac + latin || 1))) };
  const chardetOpinion = analyse(sample).find((match) => match.name === 'ISO-8859-1' || match.name === 'windows-1252');
  const encoding: SingleByteEncoding = chardetOpinion?.name === 'ISO-8859-1' ? 'iso-8859-1' : 'windows-1252';
  const confidence = chardetOpinion ? chardetOpinion.confidence / 100 : 0.5;
  return { encoding, confidence: round(Math.max(confidence, latin / (mac + latin || 1) / 2)) };
}

const round = (n: number) => Math.round(n * 100) / 100;
