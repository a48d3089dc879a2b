import type { DecodeOptions, DecodingStats, DetectedEncoding, KbartDelimiter, RecordBatch } from '@era/kbart';

/** From the importer to the worker: how to decode (a worker is started before its upload comes), the upload's bytes in order, then their end. */
export type ToReadingWorker =
  { readonly kind: 'read'; readonly options: DecodeOptions } | { readonly kind: 'bytes'; readonly chunk: Uint8Array } | { readonly kind: 'end' };

/** From the worker to the importer. `pulled` says one more chunk of bytes was taken (the importer sends a few ahead, no more). */
export type FromReadingWorker =
  | { readonly kind: 'pulled' }
  | { readonly kind: 'started'; readonly encoding: DetectedEncoding; readonly delimiter: KbartDelimiter }
  | { readonly kind: 'batch'; readonly batch: RecordBatch; readonly stats: DecodingStats }
  | { readonly kind: 'done'; readonly stats: DecodingStats }
  | { readonly kind: 'failed'; readonly message: string };
