import { PassThrough } from 'node:stream';
import { DocumentStore, StagedDocument } from '@era/document-store';

/** The bytes stopped coming before their end (the client went away, the connection broke). */
export class UploadInterruptedError extends Error {
  override readonly name = 'UploadInterruptedError';
  constructor(readonly bytesRead: number) {
    super(`the upload broke off after ${bytesRead} bytes`);
  }
}

/**
 * The upload read once: each chunk the parser pulls is also written to the document store's staging area (hashed
 * there as it arrives), so that the file is stored and parsed in one pass. Backpressure from either side slows the
 * other; the staging refusing the file (too large) ends the reading with its error.
 */
export class StagedTee {
  private readonly sink = new PassThrough({ highWaterMark: 1024 * 1024 });
  private readonly source: AsyncIterator<Uint8Array>;
  private failure: unknown;
  private ended = false;
  readonly staged: Promise<StagedDocument>;
  bytesRead = 0;

  constructor(content: AsyncIterable<Uint8Array>, documents: DocumentStore, maxBytes: number) {
    this.source = content[Symbol.asyncIterator]();
    this.staged = documents.stage(this.sink, { maxBytes });
    this.staged.catch((error: unknown) => {
      this.failure = error;
      this.sink.destroy();
    });
  }

  /**
   * The bytes as the parser pulls them. Deliberately without `return()`: a parser that stops early (no header) does
   * not close the upload, whose rest `finish` still reads into the staging area.
   */
  chunks(): AsyncIterable<Uint8Array> {
    return { [Symbol.asyncIterator]: () => ({ next: () => this.next() }) };
  }

  /** Reads what the parser left (if anything), ends the staging and answers the staged file. */
  async finish(): Promise<StagedDocument> {
    for (let next = await this.next(); !next.done; next = await this.next());
    return this.staged;
  }

  private async next(): Promise<IteratorResult<Uint8Array>> {
    if (this.failure !== undefined) throw this.failure;
    if (this.ended) return { done: true, value: undefined };
    let next: IteratorResult<Uint8Array>;
    try {
      next = await this.source.next();
    } catch {
      // The upload broke off (the client went away): the staging ends too, storing nothing.
      const interrupted = new UploadInterruptedError(this.bytesRead);
      this.sink.destroy(interrupted);
      throw interrupted;
    }
    if (next.done) {
      this.ended = true;
      this.sink.end();
      return next;
    }
    const chunk = next.value;
    this.bytesRead += chunk.length;
    if (!this.sink.write(chunk)) await this.drained();
    if (this.failure !== undefined) throw this.failure;
    return { done: false, value: chunk };
  }

  /** Until the staging has taken what was written (or has failed and closed the sink). */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.sink.off('drain', done);
        this.sink.off('close', done);
        resolve();
      };
      this.sink.on('drain', done);
      this.sink.on('close', done);
    });
  }
}
