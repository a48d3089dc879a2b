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

/** Whether a role may call a route that allows `allowed` (@AllowRoles), or any staff route when it names none (service accounts may not). */
export const roleMayCall = (allowed: readonly StaffRole[] | undefined, role: StaffRole): boolean =>
  allowed ? allowed.includes(role) : !SERVICE_ROLES.includes(role);
