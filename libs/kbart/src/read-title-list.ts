import { decodeKbart, DecodeOptions, DecodingStats } from './decoding/decode-stream';
import { DetectedEncoding } from './decoding/encodings';
import { KbartRows, readKbartRows } from './rows/read-rows';

/** A vendor's title list as read so far: the encoding found, the header matched, the rows to pull, and the decoding counts. */
export interface TitleListReading extends KbartRows {
  readonly encoding: DetectedEncoding;
  /** Bytes read and undecodable bytes (U+FFFD) so far; final once every row has been pulled. */
  decoding(): DecodingStats;
}

/**
 * Bytes in, rows out, streaming: the encoding detected from the first bytes (or the one the caller names), the text
 * decoded chunk by chunk, the header matched, each row read as it is pulled. Nothing holds the whole file.
 */
export async function readTitleList(source: AsyncIterable<Uint8Array> | Uint8Array, options: DecodeOptions = {}): Promise<TitleListReading> {
  const decoded = await decodeKbart(source, options);
  const { header, rows, rowBatches } = await readKbartRows(decoded.text);
  return { encoding: decoded.detected, header, rows, rowBatches, decoding: () => decoded.stats() };
}
