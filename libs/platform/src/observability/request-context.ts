import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving a request carries: the request's correlation id. */
export interface RequestContext {
  correlationId: string;
}

const requests = new AsyncLocalStorage<RequestContext>();

export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return requests.run(context, work);
}

/** The correlation id of the request being served, if any (undefined at start-up, in the projector, between requests). */
export function currentCorrelationId(): string | undefined {
  return requests.getStore()?.correlationId;
}
