import { roleFromClaims } from './oidc-roles';

describe('the role a sign-in token gives', () => {
  const config = { roleClaim: 'roles', groupsClaim: 'groups', groupRoles: { 'lib-era-desk': 'desk', 'lib-era-admins': 'admin' } as const };

  it('is a role name of this service found in the role claim, as a list or a string', () => {
    expect(roleFromClaims({ roles: ['offline_access', 'associate'] }, config)).toBe('associate');
    expect(roleFromClaims({ roles: 'auditor' }, config)).toBe('auditor');
    expect(roleFromClaims({ roles: 'uma_authorization student' }, config)).toBe('student');
  });

  it('comes from the groups through the group-to-role map', () => {
    expect(roleFromClaims({ groups: ['staff', 'lib-era-desk'] }, config)).toBe('desk');
  });

  it('is the broadest when several apply', () => {
    expect(roleFromClaims({ roles: ['student', 'librarian'], groups: ['lib-era-desk'] }, config)).toBe('librarian');
    expect(roleFromClaims({ roles: ['desk'], groups: ['lib-era-admins'] }, config)).toBe('admin');
  });

  it('reads a nested claim by dotted path, unless a claim has that very name', () => {
    const nested = { ...config, roleClaim: 'realm_access.roles' };
    expect(roleFromClaims({ realm_access: { roles: ['desk'] } }, nested)).toBe('desk');
    expect(roleFromClaims({ 'realm_access.roles': ['auditor'], realm_access: { roles: ['desk'] } }, nested)).toBe('auditor');
  });

  it('is none for unknown names, other shapes, and names inherited from Object', () => {
    expect(roleFromClaims({ roles: ['Admin', 'superuser'] }, config)).toBeUndefined();
    expect(roleFromClaims({ roles: { admin: true }, groups: 'constructor __proto__ toString' }, config)).toBeUndefined();
    expect(roleFromClaims({}, { ...config, roleClaim: 'realm_access.roles' })).toBeUndefined();
  });
});
