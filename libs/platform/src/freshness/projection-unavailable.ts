/**
 * A read had to wait for a projection that is not live (retrying after a fault, or stopped on a poison event): a
 * stale answer would look current, so the client is told to come back instead (503 with Retry-After).
 */
export class ProjectionUnavailableError extends Error {
  override readonly name = 'ProjectionUnavailableError';
  constructor(
    readonly projection: string,
    readonly state: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(`the ${projection} read model is ${state} and does not yet reflect the position asked for; try again shortly`);
  }
}
