import * as iconv from 'iconv-lite';
import { DETECTION_SAMPLE_BYTES, detectEncoding } from './detect-encoding';
import type { DetectedEncoding, KbartEncoding } from './encodings';

/** iconv-lite's streaming decoder as this library uses it: bytes in, whole characters out, the rest kept for the next chunk. */
interface ByteDecoder {
  write(bytes: Uint8Array): string;
  end(): string | undefined;
}

export interface DecodeOptions {
  /** Read the file in this encoding, whatever its bytes suggest. */
  readonly encoding?: KbartEncoding;
  /** Bytes looked at for detection (default 64 KiB); only this many bytes, never the text, are held back. */
  readonly sampleBytes?: number;
}

export interface DecodingStats {
  /** Bytes read so far. */
  readonly bytes: number;
  /** U+FFFD characters in the text so far: bytes that did not decode (or a replacement character the file itself held). */
  readonly replacements: number;
}

export interface DecodedText {
  readonly detected: DetectedEncoding;
  /** The text in chunks, byte-order mark removed; can be read once. */
  readonly text: AsyncIterable<string>;
  /** Live counts; final once `text` has been read to its end. */
  stats(): DecodingStats;
}

const REPLACEMENT = '\uFFFD';

/**
 * Detects the encoding from the first bytes of a KBART file, then decodes the whole stream chunk by chunk.
 * Only the detection sample (bytes) is buffered; the text is never held whole.
 */
export async function decodeKbart(source: AsyncIterable<Uint8Array> | Uint8Array, options: DecodeOptions = {}): Promise<DecodedText> {
  const iterator = (source instanceof Uint8Array ? single(source) : source)[Symbol.asyncIterator]();
  const sampleBytes = Math.max(4, Math.min(options.sampleBytes ?? DETECTION_SAMPLE_BYTES, DETECTION_SAMPLE_BYTES));
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let done = false;
  while (heldBytes < sampleBytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    held.push(next.value);
    heldBytes += next.value.length;
  }
  const sample = concat(held, Math.min(heldBytes, sampleBytes));
  const detected = detectEncoding(sample, { override: options.encoding, truncated: !done || heldBytes > sample.length });
  let bytes = 0;
  let replacements = 0;
  const decoder: ByteDecoder = iconv.getDecoder(detected.encoding, { stripBOM: true });
  const emit = (text: string | undefined): string => {
    if (text) replacements += countOf(text, REPLACEMENT);
    return text ?? '';
  };
  async function* text(): AsyncGenerator<string> {
    for (const chunk of held.splice(0)) {
      bytes += chunk.length;
      const decoded = emit(decoder.write(chunk));
      if (decoded) yield decoded;
    }
    while (!done) {
      const next = await iterator.next();
      if (next.done) break;
      bytes += next.value.length;
      const decoded = emit(decoder.write(next.value));
      if (decoded) yield decoded;
    }
    // iconv-lite drops a UTF-16 file's stray last byte silently; it is an undecodable byte like any other.
    const stray = detected.encoding.startsWith('utf-16') && bytes % 2 === 1 ? REPLACEMENT : '';
    const rest = emit((decoder.end() ?? '') + stray);
    if (rest) yield rest;
  }
  return { detected, text: text(), stats: () => ({ bytes, replacements }) };
}

async function* single(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    if (at >= length) break;
    const part = chunk.subarray(0, length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}
