import { STAFF_ROLES, StaffRole } from '@era/decider';
import { OidcConfig } from '../config/oidc-config';

/**
 * The one role a token's claims give: this service's role names found in the role claim, plus the roles its groups
 * map to. When several apply, the first in STAFF_ROLES order wins (admin, librarian, associate, desk, student,
 * auditor): the broader role, so that nobody loses what a narrower one of theirs allows in licence work.
 */
export function roleFromClaims(claims: Record<string, unknown>, config: Pick<OidcConfig, 'roleClaim' | 'groupsClaim' | 'groupRoles'>): StaffRole | undefined {
  const named = new Set<string>(strings(claim(claims, config.roleClaim)));
  for (const group of strings(claim(claims, config.groupsClaim))) {
    if (Object.hasOwn(config.groupRoles, group)) named.add(config.groupRoles[group]);
  }
  return STAFF_ROLES.find((role) => named.has(role));
}

/** A claim by name, or by dotted path into nested claims (Keycloak's realm_access.roles) when no claim has that name. */
function claim(claims: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Role and group claims come as a list or, from some providers, as one string (space-separated for some). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
