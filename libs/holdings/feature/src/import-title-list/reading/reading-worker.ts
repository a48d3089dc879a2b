import { parentPort } from 'node:worker_threads';
import { type DecodeOptions, readTitleListRecords } from '@era/kbart';
import type { FromReadingWorker, ToReadingWorker } from './reading-messages';

/**
 * The reading thread of a title-list import: the bytes the importer sends are decoded and parsed into record batches
 * here (readTitleListRecords, the same code an import runs in-thread), and the batches sent back, while the main
 * thread normalises and groups the previous ones.
 */
const port = parentPort;
if (!port) throw new Error('reading-worker runs as a worker thread');
const post = (message: FromReadingWorker) => port.postMessage(message);

const chunks: Uint8Array[] = [];
let ended = false;
let wake: (() => void) | undefined;
port.on('message', (message: ToReadingWorker) => {
  if (message.kind === 'read')
    read(message.options).catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
  else if (message.kind === 'bytes') chunks.push(message.chunk);
  else ended = true;
  wake?.();
});

async function* bytes(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const chunk = chunks.shift();
    if (chunk !== undefined) {
      post({ kind: 'pulled' });
      yield chunk;
      continue;
    }
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
}

async function read(options: DecodeOptions): Promise<void> {
  const records = await readTitleListRecords(bytes(), options);
  post({ kind: 'started', encoding: records.encoding, delimiter: records.delimiter });
  for await (const batch of records.batches) post({ kind: 'batch', batch, stats: records.decoding() });
  post({ kind: 'done', stats: records.decoding() });
}
