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
 * without a leader): nothing was appended, and the same request may succeed later. Not the request's fault.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    message: string,
    /** A hint for clients: seconds to wait before trying again. */
    readonly retryAfterSeconds = 2,
  ) {
    super(message);
  }
}
