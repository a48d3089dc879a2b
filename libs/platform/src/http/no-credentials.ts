import { NextFunction, Request, Response } from 'express';
import { CREDENTIAL_REFUSAL, findCredential as screenText, MAX_SCREENED_LENGTH } from '@era/screening';
import { problem, sendProblem } from './problem';

// The check itself is a framework-free screen (in @era/screening, where use cases find it); re-exported where it always was.
export { CREDENTIAL_REFUSAL, looksLikeCredential } from '@era/screening';

export interface CredentialInRequest {
  /** Where in the body or query it sits: `terms.ill-electronic.internalNote`, or `(body)` for a bare string. */
  field: string;
  finding: 'credential' | 'text too long to screen';
}

/** A value still to be looked at, with the way back to the root, so a path is spelt out only for a finding. */
interface Pending {
  value: unknown;
  key?: string;
  parent?: Pending;
}

function pathOf(node: Pending): string {
  const keys: string[] = [];
  for (let at: Pending | undefined = node; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/**
 * The first string in a request's JSON body or query that holds a credential or is too long to screen, at any depth:
 * the walk keeps its own stack instead of recursing, so deep nesting neither overflows nor is skipped (nesting
 * beyond the body parser's limit is refused before this runs). Linear in the size of the value.
 */
export function findCredentialInRequest(value: unknown): CredentialInRequest | undefined {
  const pending: Pending[] = [{ value }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (typeof node.value === 'string') {
      const finding = screenText(node.value);
      if (finding) return { field: pathOf(node) || '(body)', finding };
    } else if (node.value !== null && typeof node.value === 'object') {
      const entries = Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--) pending.push({ value: entries[i][1], key: entries[i][0], parent: node });
    }
  }
  return undefined;
}

function refusal({ field, finding }: CredentialInRequest) {
  return finding === 'credential'
    ? problem(400, 'credential-in-text', 'Bad request', `${field} ${CREDENTIAL_REFUSAL}`)
    : problem(400, 'text-too-long', 'Bad request', `${field} is longer than ${MAX_SCREENED_LENGTH} characters, more than any field takes`);
}

/**
 * A route whose body carries a credential on purpose, in one top-level field: a vendor password on its way into the
 * encrypted vault (never an event). That field alone goes unscreened; its route must keep it out of every event and log.
 */
export interface SecretBodyField {
  method: string;
  /** Matched against the path without the query string. */
  path: RegExp;
  field: string;
}

/**
 * Every write, whatever its route and fields: a credential in any string of the body or the query string is
 * refused before anything runs, so no field a DTO forgot to mark can carry one into an event. The answer names the
 * field, never the value.
 */
export function noCredentialsMiddleware(secretFields: readonly SecretBodyField[] = []) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return next();
    const inQuery = findCredentialInRequest(request.query);
    const found = inQuery ? { ...inQuery, field: `query ${inQuery.field}` } : findCredentialInRequest(screenedBody(request, secretFields));
    if (!found) return next();
    sendProblem(response, refusal(found));
  };
}

/** The body less the one field a route carries its secret in (that field is the secret's, by design). */
function screenedBody(request: Request, secretFields: readonly SecretBodyField[]): unknown {
  const secret = secretFields.find((route) => route.method === request.method && route.path.test(request.path));
  const body: unknown = request.body;
  if (!secret || body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== secret.field));
}
