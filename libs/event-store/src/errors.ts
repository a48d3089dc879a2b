import { CurrentRevision, describeRevision, ExpectedRevision } from './expected-revision';

/** The one error every adapter raises when an append's expected revision does not hold. */
export class ConcurrencyConflictError extends Error {
  override readonly name = 'ConcurrencyConflictError';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: CurrentRevision,
  ) {
    super(`Stream ${streamId} was expected at ${describeRevision(expected)} but is at ${describeRevision(actual)}`);
  }
}

/** An append that the store cannot accept as given (empty batch, bad stream id, duplicate event id). */
export class InvalidAppendError extends Error {
  override readonly name = 'InvalidAppendError';
}

/**
 * The store could not be reached or written right now (an SQLite file locked past the busy time-out, a cluster
 * without a leader, the connection lost): nothing of the batch was stored, and the same request may succeed a few
 * seconds later. Not the request's fault.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    message: string,
    /** A hint for clients: seconds to wait before trying again. */
    readonly retryAfterSeconds = 2,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A batch larger than the store accepts in one append (EventStoreDB's maximum append size, 1 MiB by default). */
export class AppendTooLargeError extends Error {
  override readonly name = 'AppendTooLargeError';

  constructor(
    readonly streamId: string,
    /** The store's limit in bytes, where it says. */
    readonly maxBytes?: number,
  ) {
    super(`the append to ${streamId} is larger than the store accepts in one batch${maxBytes ? ` (${maxBytes} bytes)` : ''}`);
  }
}
