import { NextFunction, Request, Response } from 'express';
import { problem, sendProblem } from './problem';

/**
 * "password: …", "pwd=…", "API key: …": a credential written into free text. Vendor admin passwords belong in the
 * library's password manager, never in an immutable event (or a log), where no one could ever remove them again.
 */
const CREDENTIAL = /\b(?:pass(?:word|wd|code|phrase)?|pwd|api[\s_-]?key|secret|access[\s_-]?token)\s*[:=]/i;

export const looksLikeCredential = (text: string): boolean => CREDENTIAL.test(text);

export const CREDENTIAL_REFUSAL = 'must not contain a password or other credential (keep vendor logins in the password manager)';

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
