/**
 * Whether the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
 * `truncated`: the bytes are a sample cut from a longer file, so a sequence cut off at the very end is not held against them.
 */
export function isValidUtf8(bytes: Uint8Array, truncated = false): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b === 0xe0) [need, min] = [2, 0xa0];
    else if (b === 0xed) [need, min, max] = [2, 0x80, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) [need, min] = [2, 0x80];
    else if (b === 0xf0) [need, min] = [3, 0x90];
    else if (b >= 0xf1 && b <= 0xf3) [need, min] = [3, 0x80];
    else if (b === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
    else return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return truncated;
      const c = bytes[i + k];
      // Only the first continuation byte has a narrowed range.
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}
