import { StaffMember } from './staff';

/**
 * What one way of signing in makes of a bearer token:
 *  - `staff`: a known staff member with a role;
 *  - `refused`: a token of this kind that does not hold (expired, wrong issuer, bad signature): 401, saying why;
 *  - `no-role`: a genuine identity that this service gives no role: 403;
 *  - undefined: not a token of this kind; the next authenticator is asked.
 */
export type Authentication = { kind: 'staff'; staff: StaffMember } | { kind: 'refused'; reason: string } | { kind: 'no-role'; subject: string } | undefined;

/** One way staff sign in: hashed opaque tokens (STAFF_FILE), or JWT access tokens of the identity provider. */
export interface StaffAuthenticator {
  authenticate(token: string): Promise<Authentication>;
  /** The same answer without waiting, where the authenticator needs no I/O for it (a token looked up in memory). */
  authenticateAtOnce?(token: string): Authentication;
}
