import { resolve } from 'node:path';
import { STAFF_ROLES, StaffRole } from '@era/decider';
import { ConfigurationError } from './configuration-error';

/** Staff sign-in through the university's identity provider: JWT access tokens it signs for this service. */
export interface OidcConfig {
  /** `iss` the tokens must carry, e.g. https://login.example.edu/realms/library. */
  issuer: string;
  /** `aud` the tokens must name: this service's client id or API identifier. */
  audience: string;
  /** Where the issuer's public keys are: fetched (and cached) from a URL, or read once from a file. */
  keys: { kind: 'url'; url: string } | { kind: 'file'; file: string };
  /** Claim whose values are this service's role names (admin, librarian, …); a dotted path reaches a nested claim. */
  roleClaim: string;
  /** Claim holding the user's groups, read through `groupRoles`. */
  groupsClaim: string;
  /** Directory group → this service's role. */
  groupRoles: Readonly<Record<string, StaffRole>>;
}

const OIDC_VARIABLES = ['OIDC_AUDIENCE', 'OIDC_JWKS_URL', 'OIDC_JWKS_FILE', 'OIDC_ROLE_CLAIM', 'OIDC_GROUPS_CLAIM', 'OIDC_GROUP_ROLE_MAP'];

/** OIDC_* variables (see the README); undefined when OIDC_ISSUER is not set, and then no other OIDC_* may be. */
export function loadOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) {
    const stray = OIDC_VARIABLES.filter((name) => env[name]);
    if (stray.length) throw new ConfigurationError(`${stray.join(', ')} set without OIDC_ISSUER: set the issuer too, or none of them`);
    return undefined;
  }
  secureUrl('OIDC_ISSUER', issuer);
  const audience = env.OIDC_AUDIENCE?.trim();
  if (!audience) throw new ConfigurationError('OIDC_AUDIENCE is required with OIDC_ISSUER: the audience (aud) this service accepts');
  return {
    issuer,
    audience,
    keys: keySource(env.OIDC_JWKS_URL?.trim(), env.OIDC_JWKS_FILE?.trim()),
    roleClaim: env.OIDC_ROLE_CLAIM?.trim() || 'roles',
    groupsClaim: env.OIDC_GROUPS_CLAIM?.trim() || 'groups',
    groupRoles: groupRoleMap(env.OIDC_GROUP_ROLE_MAP),
  };
}

/** OpenID Connect discovery document of the issuer, for the OpenAPI description. */
export const discoveryUrl = (config: OidcConfig) => `${config.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;

function keySource(url: string | undefined, file: string | undefined): OidcConfig['keys'] {
  if (url && file) throw new ConfigurationError('set OIDC_JWKS_URL or OIDC_JWKS_FILE, not both');
  if (url) return { kind: 'url', url: secureUrl('OIDC_JWKS_URL', url).href };
  if (file) return { kind: 'file', file: resolve(file) };
  throw new ConfigurationError("OIDC_JWKS_URL or OIDC_JWKS_FILE is required with OIDC_ISSUER: the issuer's public signing keys");
}

/** Keys fetched over plain HTTP could be swapped on the way: https, or http to this machine only. */
function secureUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${name} must be a URL; got ${value}`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new ConfigurationError(`${name} must be an https URL; got ${value}`);
  return url;
}

function groupRoleMap(text: string | undefined): Record<string, StaffRole> {
  if (!text?.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError('OIDC_GROUP_ROLE_MAP must be a JSON object of group → role, e.g. {"lib-era-admins":"admin"}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError('OIDC_GROUP_ROLE_MAP must be a JSON object of group → role, e.g. {"lib-era-admins":"admin"}');
  }
  const map: Record<string, StaffRole> = Object.create(null);
  for (const [group, role] of Object.entries(parsed)) {
    if (!STAFF_ROLES.some((known) => known === role)) {
      throw new ConfigurationError(`OIDC_GROUP_ROLE_MAP maps ${JSON.stringify(group)} to ${JSON.stringify(role)}, which is none of ${STAFF_ROLES.join(', ')}`);
    }
    map[group] = role as StaffRole;
  }
  return map;
}
