import { IdentityConfig } from '../config/identity-config';
import { ConfigurationError } from '../config/configuration-error';
import { loadStaffDirectory } from './load-staff-directory';
import { OidcAuthenticator } from './oidc.authenticator';
import { OpaqueTokenAuthenticator } from './opaque-token.authenticator';
import { StaffAuthenticator } from './staff-authenticator.port';
import { StaffDirectory } from './staff-directory';

/** Injection token of the StaffAuthentication the guard composes. */
export const STAFF_AUTHENTICATION = Symbol('StaffAuthentication');

export interface StaffAuthentication {
  /** Asked in order; the first that recognises a token answers for it. */
  authenticators: readonly StaffAuthenticator[];
  /** The staff of STAFF_FILE (and the development staff), e.g. to check who may be named "as directed by". */
  directory: StaffDirectory;
  /** Logged at start-up. */
  warnings: readonly string[];
}

/** For a process that serves no HTTP (the projector): nobody signs in. */
export const NOBODY_SIGNS_IN: StaffAuthentication = { authenticators: [], directory: new StaffDirectory([]), warnings: [] };

/**
 * Every way staff may sign in, checked before the service starts: hashed opaque tokens (STAFF_FILE, and the
 * development staff with ERA_DEV_TOKENS=true), then the identity provider's JWTs. Refuses to start when nobody could.
 */
export function loadStaffAuthentication(identity: IdentityConfig): StaffAuthentication {
  const { directory, warnings } = loadStaffDirectory(identity);
  const authenticators: StaffAuthenticator[] = [];
  if (directory.size) authenticators.push(new OpaqueTokenAuthenticator(directory));
  if (identity.oidc) authenticators.push(OidcAuthenticator.fromConfig(identity.oidc));
  if (!authenticators.length) {
    throw new ConfigurationError(
      'nobody could sign in: set STAFF_FILE (staff and their token hashes) or OIDC_ISSUER (the identity provider); ' +
        'for development only, ERA_DEV_TOKENS=true enables the published development tokens (npm start sets it)',
    );
  }
  return { authenticators, directory, warnings };
}
