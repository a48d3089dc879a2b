import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DocumentTooLargeError } from './errors';

export interface MeasuredContent {
  sha256: string;
  sizeBytes: number;
}

/**
 * Feeds the content to `write` chunk by chunk while hashing and counting it, and refuses with DocumentTooLargeError
 * before writing the chunk that would go past `maxBytes`, so no adapter ever holds more than the limit.
 *
 * A Readable source is left undestroyed when it is refused: the caller owns it, and an HTTP request destroyed
 * half-read takes its socket along, so the caller could no longer answer 413.
 */
export async function measureContent(
  content: Readable | AsyncIterable<Uint8Array>,
  maxBytes: number,
  write: (chunk: Buffer) => Promise<void>,
): Promise<MeasuredContent> {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new RangeError(`maxBytes must be a non-negative integer; got ${maxBytes}`);
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const chunks: AsyncIterable<Uint8Array | string> = content instanceof Readable ? content.iterator({ destroyOnReturn: false }) : content;
  for await (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (sizeBytes + chunk.length > maxBytes) throw new DocumentTooLargeError(maxBytes);
    sizeBytes += chunk.length;
    hash.update(chunk);
    await write(chunk);
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}
