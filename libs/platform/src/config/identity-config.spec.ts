import { ConfigurationError, loadConfig } from './app-config';

describe('who may sign in (identity configuration)', () => {
  // Production also needs the key of the vendor-secret vault, which is not what these cases are about.
  const load = (env: Record<string, string>) =>
    loadConfig({ DATA_DIR: '/srv/era', ERA_SECRET_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`, ...env }, []).identity;
  const OIDC = { OIDC_ISSUER: 'https://login.example.edu/realms/library', OIDC_AUDIENCE: 'era-ledger', OIDC_JWKS_FILE: '/etc/era/jwks.json' };

  it('enables the development tokens only with ERA_DEV_TOKENS=true', () => {
    expect(load({}).developmentTokens).toBe(false);
    expect(load({ ERA_DEV_TOKENS: 'false' }).developmentTokens).toBe(false);
    expect(load({ ERA_DEV_TOKENS: 'true' }).developmentTokens).toBe(true);
    expect(() => load({ ERA_DEV_TOKENS: 'yes' })).toThrow('ERA_DEV_TOKENS must be true or false; got yes');
  });

  it('refuses the development tokens in production, saying they are published', () => {
    expect(() => load({ NODE_ENV: 'production', ERA_DEV_TOKENS: 'true', STAFF_FILE: '/etc/era/staff.json' })).toThrow(
      'ERA_DEV_TOKENS=true is refused with NODE_ENV=production: the development tokens (admin included) are published in the README',
    );
  });

  it('needs a staff file or an identity provider in production, and accepts either alone', () => {
    expect(() => load({ NODE_ENV: 'production' })).toThrow(/NODE_ENV=production needs STAFF_FILE .* or OIDC_ISSUER/);
    expect(load({ NODE_ENV: 'production', STAFF_FILE: '/etc/era/staff.json' })).toEqual({
      staffFile: '/etc/era/staff.json',
      developmentTokens: false,
      production: true,
    });
    expect(load({ NODE_ENV: 'production', ...OIDC }).oidc).toEqual({
      issuer: OIDC.OIDC_ISSUER,
      audience: 'era-ledger',
      keys: { kind: 'file', file: '/etc/era/jwks.json' },
      roleClaim: 'roles',
      groupsClaim: 'groups',
      groupRoles: {},
    });
  });

  it('takes the role claim, the groups claim and a group-to-role map', () => {
    const oidc = load({
      ...OIDC,
      OIDC_ROLE_CLAIM: 'realm_access.roles',
      OIDC_GROUPS_CLAIM: 'memberOf',
      OIDC_GROUP_ROLE_MAP: '{"lib-era-admins":"admin","lib-desk":"desk"}',
    }).oidc;
    expect(oidc).toMatchObject({ roleClaim: 'realm_access.roles', groupsClaim: 'memberOf', groupRoles: { 'lib-era-admins': 'admin', 'lib-desk': 'desk' } });
  });

  it.each([
    [{ OIDC_AUDIENCE: 'era-ledger' }, 'OIDC_AUDIENCE set without OIDC_ISSUER'],
    [{ ...OIDC, OIDC_AUDIENCE: '' }, 'OIDC_AUDIENCE is required with OIDC_ISSUER'],
    [{ ...OIDC, OIDC_JWKS_FILE: '' }, 'OIDC_JWKS_URL or OIDC_JWKS_FILE is required'],
    [{ ...OIDC, OIDC_JWKS_URL: 'https://login.example.edu/certs' }, 'set OIDC_JWKS_URL or OIDC_JWKS_FILE, not both'],
    [{ ...OIDC, OIDC_JWKS_FILE: '', OIDC_JWKS_URL: 'http://login.example.edu/certs' }, 'OIDC_JWKS_URL must be an https URL'],
    [{ ...OIDC, OIDC_ISSUER: 'login.example.edu' }, 'OIDC_ISSUER must be a URL'],
    [{ ...OIDC, OIDC_GROUP_ROLE_MAP: '["admin"]' }, 'OIDC_GROUP_ROLE_MAP must be a JSON object'],
    [{ ...OIDC, OIDC_GROUP_ROLE_MAP: '{"lib-era-admins":"root"}' }, 'OIDC_GROUP_ROLE_MAP maps "lib-era-admins" to "root", which is none of admin'],
  ])('refuses an incomplete or unsafe identity provider setting (%o)', (env, message) => {
    expect(() => load(env)).toThrow(ConfigurationError);
    expect(() => load(env)).toThrow(message);
  });

  it('fetches keys over http from this machine only (a local test issuer)', () => {
    expect(
      load({ ...OIDC, OIDC_ISSUER: 'http://localhost:8080/realms/test', OIDC_JWKS_FILE: '', OIDC_JWKS_URL: 'http://127.0.0.1:8080/certs' }).oidc?.keys,
    ).toEqual({
      kind: 'url',
      url: 'http://127.0.0.1:8080/certs',
    });
  });
});
