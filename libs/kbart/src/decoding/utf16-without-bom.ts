import type { KbartEncoding } from './encodings';

/**
 * UTF-16 without a byte-order mark: mostly-ASCII text leaves a zero byte in every other position (the second of each
 * pair in LE, the first in BE). Such bytes are valid UTF-8 full of NULs, so without this check they would be read
 * quietly wrong. Returns the encoding and the share of pairs that fit, or undefined.
 */
export function utf16WithoutBom(sample: Uint8Array): { encoding: KbartEncoding; confidence: number } | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let zeroFirst = 0;
  let zeroSecond = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0 && sample[i + 1] !== 0) zeroFirst++;
    if (sample[i + 1] === 0 && sample[i] !== 0) zeroSecond++;
  }
  const confidence = (count: number) => Math.round((count / pairs) * 100) / 100;
  if (zeroSecond >= pairs * 0.6 && zeroFirst === 0) return { encoding: 'utf-16le', confidence: confidence(zeroSecond) };
  if (zeroFirst >= pairs * 0.6 && zeroSecond === 0) return { encoding: 'utf-16be', confidence: confidence(zeroFirst) };
  return undefined;
}
