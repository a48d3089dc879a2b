import { resolve } from 'node:path';
import { ConfigurationError } from './configuration-error';
import { loadOidcConfig, OidcConfig } from './oidc-config';

/** Who may sign in, and how: service accounts of STAFF_FILE, the identity provider, and (development only) the published tokens. */
export interface IdentityConfig {
  /** JSON file of staff (service accounts, or everyone without OIDC) and their token hashes. */
  staffFile?: string;
  /** ERA_DEV_TOKENS=true: the development staff of config/staff.dev.json, whose tokens the README publishes. */
  developmentTokens: boolean;
  /** NODE_ENV=production: start only with a safe staff configuration. */
  production: boolean;
  oidc?: OidcConfig;
}

/** STAFF_FILE, ERA_DEV_TOKENS, NODE_ENV and OIDC_*; refuses what production must never run with (README, "Staff and tokens"). */
export function loadIdentityConfig(env: NodeJS.ProcessEnv): IdentityConfig {
  const developmentTokens = flag('ERA_DEV_TOKENS', env.ERA_DEV_TOKENS);
  const production = env.NODE_ENV === 'production';
  const staffFile = env.STAFF_FILE?.trim() ? resolve(env.STAFF_FILE.trim()) : undefined;
  const oidc = loadOidcConfig(env);
  if (production && developmentTokens) {
    throw new ConfigurationError(
      'ERA_DEV_TOKENS=true is refused with NODE_ENV=production: the development tokens (admin included) are published in the README',
    );
  }
  if (production && !staffFile && !oidc) {
    throw new ConfigurationError(
      'NODE_ENV=production needs STAFF_FILE (staff and service accounts with hashed tokens) or OIDC_ISSUER (sign-in through the identity provider)',
    );
  }
  return { ...(staffFile ? { staffFile } : {}), developmentTokens, production, ...(oidc ? { oidc } : {}) };
}

function flag(name: string, value: string | undefined): boolean {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === 'true') return true;
  if (text === '' || text === 'false') return false;
  throw new ConfigurationError(`${name} must be true or false; got ${value}`);
}
