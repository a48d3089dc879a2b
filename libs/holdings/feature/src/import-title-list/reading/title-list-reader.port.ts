import type { DecodeOptions, TitleListRecords } from '@era/kbart';

/** A title list's records, being read, and how to stop reading them (before the caller reads the rest of the bytes itself). */
export interface OpenedRecords {
  readonly records: TitleListRecords;
  close(): Promise<void>;
}

/** Starts reading an upload's records: in a worker thread, or in this one. */
export type TitleListReader = (source: AsyncIterable<Uint8Array>, options: DecodeOptions) => Promise<OpenedRecords>;
