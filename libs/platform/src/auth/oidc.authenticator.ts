import { readFileSync } from 'node:fs';
import { ServiceUnavailableException } from '@nestjs/common';
import { createLocalJWKSet, createRemoteJWKSet, errors, JSONWebKeySet, jwtVerify, JWTVerifyGetKey } from 'jose';
import { STAFF_ID } from '@era/decider';
import { ConfigurationError } from '../config/configuration-error';
import { OidcConfig } from '../config/oidc-config';
import { roleFromClaims } from './oidc-roles';
import { Authentication, StaffAuthenticator } from './staff-authenticator.port';

/** Public-key signatures only: `none` and the HMAC family (HS*) are refused, so nobody can sign with a key they can read. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** The identity provider's clock and ours may differ a little. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** Three base64url parts: header.payload.signature. Anything else is left to the opaque-token authenticator. */
const looksLikeJwt = (token: string) => token.split('.').length === 3;

/**
 * JWT access tokens of the university's identity provider, verified against its keys, issuer and audience. The staff
 * id is the token's subject (`sub`); the role comes from the configured claim or group map.
 */
export class OidcAuthenticator implements StaffAuthenticator {
  constructor(
    private readonly config: OidcConfig,
    private readonly keys: JWTVerifyGetKey,
  ) {}

  static fromConfig(config: OidcConfig): OidcAuthenticator {
    return new OidcAuthenticator(config, config.keys.kind === 'url' ? remoteKeys(config.keys.url) : localKeys(config.keys.file));
  }

  async authenticate(token: string): Promise<Authentication> {
    if (!looksLikeJwt(token)) return undefined;
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      return { kind: 'refused', reason: refusal(error) };
    }
    const subject = claims.sub;
    if (typeof subject !== 'string' || !STAFF_ID.test(subject)) {
      return { kind: 'refused', reason: 'the token subject (sub) cannot serve as a staff id (letters, digits, . _ : @ -; at most 100)' };
    }
    const role = roleFromClaims(claims, this.config);
    // The name is the subject too: a person's name has no place in events or logs.
    return role ? { kind: 'staff', staff: { id: subject, name: subject, role } } : { kind: 'no-role', subject };
  }
}

/** The provider's keys could not be had: our problem, not the caller's token (503, not 401). */
class SigningKeysUnavailable extends Error {}

/** Fetched when first needed and when a token names a key not seen yet (jose caches and rate-limits the fetches). */
function remoteKeys(url: string): JWTVerifyGetKey {
  const keySet = createRemoteJWKSet(new URL(url));
  return async (header, token) => {
    try {
      return await keySet(header, token);
    } catch (error) {
      const aboutTheToken = error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid);
      throw aboutTheToken ? error : new SigningKeysUnavailable();
    }
  };
}

function localKeys(file: string): JWTVerifyGetKey {
  try {
    return createLocalJWKSet(JSON.parse(readFileSync(file, 'utf8')) as JSONWebKeySet);
  } catch (error) {
    throw new ConfigurationError(`OIDC_JWKS_FILE ${file} is not a readable JSON Web Key Set: ${(error as Error).message}`);
  }
}

/** Why a token is refused, in words a client developer can act on; never the token itself. */
function refusal(error: unknown): string {
  if (error instanceof SigningKeysUnavailable)
    throw new ServiceUnavailableException("the identity provider's signing keys cannot be fetched; try again shortly");
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is not signed with an accepted public-key algorithm (alg none and HS* are refused)';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return 'the token is not signed by a key of the identity provider';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  return 'the token is not a well-formed signed JWT';
}
