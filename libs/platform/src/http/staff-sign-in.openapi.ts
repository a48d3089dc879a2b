import { OpenAPIObject } from '@nestjs/swagger';
import { IdentityConfig } from '../config/identity-config';
import { discoveryUrl } from '../config/oidc-config';

/**
 * How staff sign in, as the OpenAPI document tells clients: every protected operation (marked `bearer` by
 * @ApiBearerAuth) takes a bearer token; with an identity provider configured, that token may also be its JWT access
 * token, obtained as its OpenID Connect discovery document says (`oidc`, offered as an alternative requirement).
 */
export function describeStaffSignIn(document: OpenAPIObject, identity: IdentityConfig): OpenAPIObject {
  const oidc = identity.oidc;
  const schemes = (document.components ??= {}).securitySchemes ?? {};
  schemes.bearer = {
    type: 'http',
    scheme: 'bearer',
    description: oidc
      ? `An opaque staff or service-account token (STAFF_FILE), or a JWT access token of ${oidc.issuer} for audience ${oidc.audience}, signed with a public-key algorithm; its subject is the staff id and its ${oidc.roleClaim} claim (or groups) the role.`
      : 'An opaque staff or service-account token, whose SHA-256 the staff file (STAFF_FILE) lists.',
  };
  if (oidc) schemes.oidc = { type: 'openIdConnect', openIdConnectUrl: discoveryUrl(oidc), description: `Staff sign-in through ${oidc.issuer}` };
  document.components.securitySchemes = schemes;
  if (!oidc) return document;
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path)) {
      const security = (operation as { security?: Record<string, string[]>[] } | undefined)?.security;
      if (security?.some((requirement) => 'bearer' in requirement)) security.push({ oidc: [] });
    }
  }
  return document;
}
