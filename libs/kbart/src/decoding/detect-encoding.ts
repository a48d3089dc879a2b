import { encodingOfBom } from './bom';
import type { DetectedEncoding, KbartEncoding } from './encodings';
import { guessSingleByte } from './single-byte-guess';
import { utf16WithoutBom } from './utf16-without-bom';
import { isValidUtf8 } from './utf8';

/** How many bytes from the start of a file detection looks at. */
export const DETECTION_SAMPLE_BYTES = 64 * 1024;

export interface DetectOptions {
  /** The caller knows better: this encoding is used, whatever the bytes say. */
  readonly override?: KbartEncoding;
  /** The sample is only the start of a longer file (a sequence cut at its end is not an error). */
  readonly truncated?: boolean;
}

/**
 * The encoding of a KBART file from its first bytes: override, then byte-order mark, then UTF-16's zero bytes,
 * then valid UTF-8, then a single-byte guess.
 */
export function detectEncoding(sample: Uint8Array, options: DetectOptions = {}): DetectedEncoding {
  const capped = sample.length > DETECTION_SAMPLE_BYTES ? sample.subarray(0, DETECTION_SAMPLE_BYTES) : sample;
  const truncated = options.truncated === true || capped.length < sample.length;
  const bomEncoding = encodingOfBom(capped);
  const bom = bomEncoding !== undefined;
  if (options.override) return { encoding: options.override, bom, source: 'override' };
  if (bomEncoding) return { encoding: bomEncoding, bom, source: 'bom' };
  const utf16 = utf16WithoutBom(capped);
  if (utf16) return { encoding: utf16.encoding, bom, source: 'guessed', confidence: utf16.confidence };
  if (isValidUtf8(capped, truncated)) return { encoding: 'utf-8', bom, source: 'valid-utf8' };
  const guess = guessSingleByte(capped);
  return { encoding: guess.encoding, bom, source: 'guessed', confidence: guess.confidence };
}
