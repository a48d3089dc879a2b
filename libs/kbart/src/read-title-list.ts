import { decodeKbart, DecodeOptions, DecodingStats } from './decoding/decode-stream';
import { DetectedEncoding } from './decoding/encodings';
import { KbartRecords, readKbartRecords } from './rows/read-records';
import { KbartRows, kbartRowsOf } from './rows/read-rows';

/** A vendor's title list as records: the encoding found, the delimiter, the record batches to pull, and the decoding counts. */
export interface TitleListRecords extends KbartRecords {
  readonly encoding: DetectedEncoding;
  /** Bytes read and undecodable bytes (U+FFFD) so far; final once every batch has been pulled. */
  decoding(): DecodingStats;
}

/** A vendor's title list as read so far: the encoding found, the header matched, the rows to pull, and the decoding counts. */
export interface TitleListReading extends KbartRows {
  readonly encoding: DetectedEncoding;
  /** Bytes read and undecodable bytes (U+FFFD) so far; final once every row has been pulled. */
  decoding(): DecodingStats;
}

/**
 * Bytes in, records out, streaming: the encoding detected from the first bytes (or the one the caller names), the
 * text decoded chunk by chunk and parsed into records as they are pulled. The part of reading that needs nothing
 * but the bytes: it may run in another thread (its batches are plain data).
 */
export async function readTitleListRecords(source: AsyncIterable<Uint8Array> | Uint8Array, options: DecodeOptions = {}): Promise<TitleListRecords> {
  const decoded = await decodeKbart(source, options);
  const { delimiter, batches } = await readKbartRecords(decoded.text);
  return { encoding: decoded.detected, delimiter, batches, decoding: () => decoded.stats() };
}

/** Records to a title list's header and rows (kbartRowsOf), keeping the encoding and decoding counts. */
export async function titleListReadingOf(records: TitleListRecords): Promise<TitleListReading> {
  const { header, rows, rowBatches } = await kbartRowsOf(records);
  return { encoding: records.encoding, header, rows, rowBatches, decoding: () => records.decoding() };
}

/**
 * Bytes in, rows out, streaming: the encoding detected from the first bytes (or the one the caller names), the text
 * decoded chunk by chunk, the header matched, each row read as it is pulled. Nothing holds the whole file.
 */
export async function readTitleList(source: AsyncIterable<Uint8Array> | Uint8Array, options: DecodeOptions = {}): Promise<TitleListReading> {
  return titleListReadingOf(await readTitleListRecords(source, options));
}
