import { NextFunction, Request, Response } from 'express';
import { CREDENTIAL_REFUSAL, looksLikeCredential } from '@era/decider';
import { problem, sendProblem } from './problem';

// The check itself is a framework-free rule (in @era/decider, where use cases find it); re-exported where it always was.
export { CREDENTIAL_REFUSAL, looksLikeCredential } from '@era/decider';

/** Where in a request's JSON body or query a credential sits (`terms.ill-electronic.internalNote`), if anywhere. */
export function findCredential(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return looksLikeCredential(value) ? path || '(body)' : undefined;
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  for (const [key, nested] of Object.entries(value)) {
    const found = findCredential(nested, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every write, whatever its route and fields: a credential in any string of the body or the query string is
 * refused before anything runs, so no field a DTO forgot to mark can carry one into an event. The answer names the
 * field, never the value.
 */
export function noCredentialsMiddleware() {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return next();
    const inQuery = findCredential(request.query);
    const field = inQuery ? `query ${inQuery}` : findCredential(request.body);
    if (!field) return next();
    sendProblem(response, problem(400, 'credential-in-text', 'Bad request', `${field} ${CREDENTIAL_REFUSAL}`));
  };
}
