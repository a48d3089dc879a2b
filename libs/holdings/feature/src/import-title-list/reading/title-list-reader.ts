import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readTitleListRecords } from '@era/kbart';
import { readRecordsInWorker } from './read-in-worker';
import type { TitleListReader } from './title-list-reader.port';

export type { OpenedRecords, TitleListReader } from './title-list-reader.port';

/** In this thread: the same records, with nothing to stop. */
export const readRecordsInThread: TitleListReader = async (source, options) => ({
  records: await readTitleListRecords(source, options),
  close: async () => undefined,
});

/** The compiled reading worker beside this file; absent when the code runs from its TypeScript sources (under jest). */
const WORKER_SCRIPT = join(__dirname, 'reading-worker.js');
/** A reading thread's own heap cap: a file that would need more fails its import, not the service. */
const WORKER_HEAP_MB = 256;

/**
 * Reading threads, one kept started between imports so that an import does not wait for one to boot (tens of
 * milliseconds). An idle one is unreferenced: it keeps no process alive.
 */
class ReadingThreads {
  private spare: Worker | undefined;

  constructor(private readonly script: string) {
    this.prepare();
  }

  take(): Worker {
    const worker = this.spare ?? this.start();
    this.spare = undefined;
    worker.ref();
    return worker;
  }

  /** Starts the next import's thread, when none is waiting. */
  prepare(): void {
    this.spare ??= this.start();
  }

  private start(): Worker {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    // A spare that fails before it is used is dropped; the next import starts another.
    const drop = () => {
      if (this.spare === worker) this.spare = undefined;
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    return worker;
  }
}

/**
 * The reader the service uses: a worker thread decodes and parses while this thread normalises, groups and stores
 * (a large import then takes about the time of the slower half, and the event loop is spared the parsing); in-thread
 * where no compiled worker exists (jest runs the sources), with the same results.
 */
export function defaultTitleListReader(): TitleListReader {
  return existsSync(WORKER_SCRIPT) ? titleListReaderInWorkers(WORKER_SCRIPT) : readRecordsInThread;
}

/** Reads each upload in a thread running `script` (the compiled reading-worker). */
export function titleListReaderInWorkers(script: string): TitleListReader {
  const threads = new ReadingThreads(script);
  return async (source, options) => {
    const opened = await readRecordsInWorker(source, options, threads.take());
    return {
      records: opened.records,
      close: async () => {
        await opened.close();
        threads.prepare();
      },
    };
  };
}
