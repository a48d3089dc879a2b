import { Authentication, StaffAuthenticator } from './staff-authenticator.port';
import { StaffDirectory } from './staff-directory';

/** Opaque bearer tokens whose SHA-256 the staff directory lists: service accounts, and everyone without OIDC. */
export class OpaqueTokenAuthenticator implements StaffAuthenticator {
  constructor(private readonly directory: StaffDirectory) {}

  authenticate(token: string): Promise<Authentication> {
    return Promise.resolve(this.authenticateAtOnce(token));
  }

  authenticateAtOnce(token: string): Authentication {
    const staff = this.directory.authenticate(token);
    return staff ? { kind: 'staff', staff } : undefined;
  }
}
