import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The compiled checkpoint worker beside this file; absent when the sources run under jest. */
const WORKER_SCRIPT = join(__dirname, 'checkpoint-worker.js');
/** How often the worker looks at the log's size. */
const INTERVAL_MS = 100;
/** The log's size past which the worker copies it back: SQLite's own default threshold (1000 pages of 4 KiB). */
const THRESHOLD_BYTES = 1000 * 4096;
/** The writing connection's own automatic checkpoint, in pages (4 KiB): only if the worker falls far behind. */
export const BACKSTOP_CHECKPOINT_PAGES = 16_384;

/**
 * Checkpoints of one SQLite file in a worker thread, so that no commit on the writing thread pays for copying the
 * log back (a group commit of 64 appends to random streams dirties a few hundred index pages; with the default
 * automatic checkpoint every few commits stalled the event loop). Undefined where no compiled worker exists or for
 * an in-memory database: the connection then checkpoints itself as SQLite does by default.
 */
export class BackgroundCheckpoints {
  private constructor(private readonly worker: Worker) {}

  static start(file: string): BackgroundCheckpoints | undefined {
    if (file === ':memory:' || !existsSync(WORKER_SCRIPT)) return undefined;
    const worker = new Worker(WORKER_SCRIPT, { workerData: { file, intervalMs: INTERVAL_MS, thresholdBytes: THRESHOLD_BYTES } });
    // An idle checkpointer keeps no process alive; a failed one leaves the backstop to do the work.
    worker.unref();
    worker.on('error', () => undefined);
    return new BackgroundCheckpoints(worker);
  }

  private stopping: Promise<void> | undefined;

  /** A last checkpoint, then the worker's connection closed and the thread ended (once, however often asked). */
  stop(): Promise<void> {
    return (this.stopping ??= this.stopWorker());
  }

  private async stopWorker(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    // Referenced while it stops: the process waits for it rather than ending with the wait unanswered.
    this.worker.ref();
    this.worker.postMessage('stop');
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 2000)))]);
    clearTimeout(timer);
    if (!stopped) await this.worker.terminate();
  }
}
