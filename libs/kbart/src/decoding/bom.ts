import type { KbartEncoding } from './encodings';

/** The encoding a byte-order mark at the start of the bytes names, or undefined when there is none. */
export function encodingOfBom(bytes: Uint8Array): KbartEncoding | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
