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
