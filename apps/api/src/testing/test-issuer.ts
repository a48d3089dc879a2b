import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { base64url, CryptoKey, exportJWK, exportSPKI, generateKeyPair, JWTPayload, SignJWT } from 'jose';

export const TEST_ISSUER = 'https://login.example.edu/realms/library';
export const TEST_AUDIENCE = 'era-ledger';
const KEY_ID = 'era-test-key-1';

export interface TokenOptions {
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  /** Another key than the issuer's, under the same key id unless `keyId` says otherwise. */
  key?: CryptoKey;
  keyId?: string;
}

/**
 * An identity provider for tests: an RSA key pair it generates, its public key written as a JWKS file (what
 * OIDC_JWKS_FILE reads), and signed access tokens with whatever claims, issuer, audience or key a test asks for.
 */
export async function startTestIssuer(directory: string) {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwksFile = join(directory, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' }] }));
  const publicKeyPem = await exportSPKI(publicKey);
  const claimsFor = (subject: string, claims: JWTPayload) => ({ sub: subject, ...claims });

  return {
    env: { OIDC_ISSUER: TEST_ISSUER, OIDC_AUDIENCE: TEST_AUDIENCE, OIDC_JWKS_FILE: jwksFile },
    /** An RS256 access token for `subject`. */
    sign(subject: string, claims: JWTPayload = {}, options: TokenOptions = {}): Promise<string> {
      return new SignJWT(claimsFor(subject, claims))
        .setProtectedHeader({ alg: 'RS256', kid: options.keyId ?? KEY_ID, typ: 'at+jwt' })
        .setIssuer(options.issuer ?? TEST_ISSUER)
        .setAudience(options.audience ?? TEST_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + (options.expiresIn ?? 300))
        .sign(options.key ?? privateKey);
    },
    /** The confused-deputy attack: HMAC-signed with the public key as the secret, hoping the verifier takes it as one. */
    signHs256WithPublicKey(subject: string, claims: JWTPayload = {}): Promise<string> {
      return new SignJWT(claimsFor(subject, claims))
        .setProtectedHeader({ alg: 'HS256', kid: KEY_ID })
        .setIssuer(TEST_ISSUER)
        .setAudience(TEST_AUDIENCE)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(publicKeyPem));
    },
    /** Unsigned (`alg: none`), built by hand: no library will make one. */
    unsigned(subject: string, claims: JWTPayload = {}): string {
      const part = (value: object) => base64url.encode(JSON.stringify(value));
      const payload = { ...claimsFor(subject, claims), iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 };
      return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
    },
  };
}

/** A private key the issuer never published. */
export async function strangerKey(): Promise<CryptoKey> {
  return (await generateKeyPair('RS256')).privateKey;
}
