import { SERVICE_ROLES } from '@era/decider';
import { StaffRole } from './staff';
import { StaffAuthentication } from './staff-authentication';
import { Authentication } from './staff-authenticator.port';

const BEARER = /^Bearer\s+(\S+)$/i;

/** The token of `Authorization: Bearer <token>`, or undefined for any other header (or none). */
export function bearerTokenOf(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
}

/** What the first authenticator that recognises the token makes of it; undefined when none does. */
export async function authenticateToken(authentication: StaffAuthentication, token: string): Promise<Authentication> {
  for (const authenticator of authentication.authenticators) {
    const outcome = await authenticator.authenticate(token);
    if (outcome) return outcome;
  }
  return undefined;
}

/** What authenticateTokenAtOnce answers when an authenticator it would have to ask can only answer by waiting. */
export const NOT_AT_ONCE = Symbol('not-at-once');

/**
 * authenticateToken without waiting, where each authenticator asked can answer at once (the staff directory's
 * tokens); NOT_AT_ONCE when one that would be asked cannot (OIDC), and the caller then asks authenticateToken.
 */
export function authenticateTokenAtOnce(authentication: StaffAuthentication, token: string): Authentication | typeof NOT_AT_ONCE {
  for (const authenticator of authentication.authenticators) {
    if (!authenticator.authenticateAtOnce) return NOT_AT_ONCE;
    const outcome = authenticator.authenticateAtOnce(token);
    if (outcome) return outcome;
  }
  return undefined;
}

/** Whether a role may call a route that allows `allowed` (@AllowRoles), or any staff route when it names none (service accounts may not). */
export const roleMayCall = (allowed: readonly StaffRole[] | undefined, role: StaffRole): boolean =>
  allowed ? allowed.includes(role) : !SERVICE_ROLES.includes(role);
