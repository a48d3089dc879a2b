import type { Worker } from 'node:worker_threads';
import type { DecodeOptions, DecodingStats, RecordBatch, TitleListRecords } from '@era/kbart';
import type { FromReadingWorker, ToReadingWorker } from './reading-messages';
import type { OpenedRecords } from './title-list-reader.port';

/** Chunks of bytes sent to the worker and not yet taken: enough to keep it busy, few enough to hold little (about 1 MiB). */
const MAX_CHUNKS_AHEAD = 16;
/** Record batches parsed and not yet pulled: past this the importer sends no more bytes until it catches up. */
const MAX_BATCHES_WAITING = 32;
/** Below this many batches waiting, the one pulling gives the event loop a turn first, in which the bytes move on. */
const LOW_WATER_BATCHES = 8;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The records of an upload read in a worker thread (`worker`, running the compiled reading-worker, ended once the
 * reading closes): this side reads the bytes (through the caller's iterator, which also stores them) and sends them a
 * few chunks ahead; the worker decodes and parses them and sends back record batches, at most MAX_BATCHES_WAITING
 * ahead of the one pulling them. An error reading the bytes (an upload that broke off, a file too large to store) is
 * thrown to the one pulling the batches, as it would be in-thread.
 */
export async function readRecordsInWorker(source: AsyncIterable<Uint8Array>, options: DecodeOptions, worker: Worker): Promise<OpenedRecords> {
  const reading = new WorkerReading(source[Symbol.asyncIterator](), options, worker);
  try {
    return { records: await reading.started, close: () => reading.close() };
  } catch (error) {
    await reading.close();
    throw error;
  }
}

class WorkerReading {
  private readonly batches: RecordBatch[] = [];
  private stats: DecodingStats = { bytes: 0, replacements: 0 };
  private sent = 0;
  private pulled = 0;
  private done = false;
  private closed = false;
  private failure: unknown;
  private waiting: (() => void)[] = [];
  private rejectStart: (error: unknown) => void = () => undefined;
  private readonly pumping: Promise<void>;
  readonly started: Promise<TitleListRecords>;

  constructor(
    private readonly source: AsyncIterator<Uint8Array>,
    options: DecodeOptions,
    private readonly worker: Worker,
  ) {
    this.started = new Promise<TitleListRecords>((resolve, reject) => {
      this.rejectStart = reject;
      this.worker.on('message', (message: FromReadingWorker) => {
        if (message.kind === 'started') resolve({ encoding: message.encoding, delimiter: message.delimiter, batches: this.pull(), decoding: () => this.stats });
        else this.take(message);
      });
      this.worker.on('error', (error) => this.fail(error));
      this.worker.on('exit', (code) => {
        if (!this.done && !this.closed) this.fail(new Error(`the title list's reading thread stopped (exit code ${code})`));
      });
    });
    // Nothing waits on a failed start but the caller, who hears it through `started`.
    this.started.catch(() => undefined);
    this.post({ kind: 'read', options });
    this.pumping = this.pump();
  }

  /** Stops the reading (the worker ends) once the bytes read so far are in: the caller may read the rest itself. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake();
    await this.pumping;
    await this.worker.terminate();
  }

  private take(message: Exclude<FromReadingWorker, { kind: 'started' }>): void {
    if (message.kind === 'pulled') this.pulled += 1;
    else if (message.kind === 'batch') {
      this.batches.push(message.batch);
      this.stats = message.stats;
    } else if (message.kind === 'done') {
      this.stats = message.stats;
      this.done = true;
    } else this.fail(new Error(message.message));
    this.wake();
  }

  /** The first failure stands: a start still awaited is refused with it, and the one pulling batches hears it. */
  private fail(error: unknown): void {
    this.failure ??= error;
    this.rejectStart(this.failure);
    this.wake();
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Sends the bytes, a few chunks ahead of the worker and no further ahead of the one pulling the batches. */
  private async pump(): Promise<void> {
    for (;;) {
      while (!this.closed && this.failure === undefined && (this.sent - this.pulled >= MAX_CHUNKS_AHEAD || this.batches.length >= MAX_BATCHES_WAITING))
        await this.changed();
      if (this.closed || this.failure !== undefined) return;
      let next: IteratorResult<Uint8Array>;
      try {
        next = await this.source.next();
      } catch (error) {
        this.fail(error);
        return;
      }
      if (next.done) {
        this.post({ kind: 'end' });
        return;
      }
      this.sent += 1;
      this.post({ kind: 'bytes', chunk: next.value });
    }
  }

  private post(message: ToReadingWorker): void {
    this.worker.postMessage(message);
  }

  private async *pull(): AsyncGenerator<RecordBatch> {
    for (;;) {
      // The bytes reach the worker only in turns of this thread's event loop (reads complete there): a consumer
      // that always finds a batch waiting would otherwise starve them.
      if (this.batches.length < LOW_WATER_BATCHES && !this.done) await turn();
      const batch = this.batches.shift();
      if (batch !== undefined) {
        this.wake();
        yield batch;
        continue;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.done) return;
      await this.changed();
    }
  }
}
