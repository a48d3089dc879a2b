import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../config/configuration-error';
import { loadStaffAuthentication } from './staff-authentication';
import { developmentStaffFile } from './staff-directory';
import { checkStaffList } from './staff-file';
import { PUBLISHED_TOKEN_SHA256 } from './published-token-hashes';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const entry = (id: string, token: string, role = 'desk') => ({ id, name: `Staff ${id}`, role, tokenSha256: hashOf(token) });
const rules = { source: 'STAFF_FILE staff.json', production: false };

describe('the staff file', () => {
  it('is taken as it is when every entry is well formed and unique', () => {
    expect(checkStaffList([entry('s-001', 'a-long-random-token'), entry('svc-era-seal', 'another-token', 'admin')], rules)).toEqual([
      { id: 's-001', name: 'Staff s-001', role: 'desk', tokenSha256: hashOf('a-long-random-token') },
      { id: 'svc-era-seal', name: 'Staff svc-era-seal', role: 'admin', tokenSha256: hashOf('another-token') },
    ]);
  });

  it('must list somebody', () => {
    expect(() => checkStaffList([], rules)).toThrow('STAFF_FILE staff.json lists no staff: nobody could sign in with it');
    expect(() => checkStaffList({ staff: [] }, rules)).toThrow('STAFF_FILE staff.json must be a JSON list of staff');
  });

  it.each([
    [{ ...entry('s-001', 't'), role: 'root' }],
    [{ ...entry('s-001', 't'), tokenSha256: 'dev-admin-token' }],
    [{ ...entry('s-001', 't'), name: ' ' }],
    [{ ...entry('s 001', 't') }],
    [null],
  ])('refuses a malformed entry, naming it (%o)', (bad) => {
    expect(() => checkStaffList([entry('s-000', 'x'), bad], rules)).toThrow(
      /entry 1 needs an id .* a name, a role among admin, .* and a 64-hex-digit tokenSha256/,
    );
  });

  it('refuses the same id twice, in every environment', () => {
    expect(() => checkStaffList([entry('s-001', 'one'), entry('s-002', 'two'), entry('s-001', 'three')], rules)).toThrow(
      'STAFF_FILE staff.json: entries 0 and 2 have the same id s-001',
    );
  });

  it('refuses the same token hash twice, whatever its letter case, in every environment', () => {
    const shouting = { ...entry('s-002', 'one'), tokenSha256: hashOf('one').toUpperCase() };
    expect(() => checkStaffList([entry('s-001', 'one'), shouting], rules)).toThrow(
      /entries 0 and 1 have the same tokenSha256, so one token would sign in as either/,
    );
  });

  it.each(['dev-admin-token', 'dev-auditor-token', 'example-admin-token-change-me', 'example-librarian-token-change-me'])(
    'refuses in production the published token %s, and allows it elsewhere',
    (token) => {
      const list = [entry('s-001', 'fresh-token'), entry('s-admin', token, 'admin')];
      expect(() => checkStaffList(list, { ...rules, production: true })).toThrow(
        /entry 1 \(s-admin\) has the hash of a published development or example token, which anyone can read; NODE_ENV=production refuses it/,
      );
      expect(checkStaffList(list, rules)).toHaveLength(2);
    },
  );

  it('knows every token hash of config/staff.dev.json as published', () => {
    const file = developmentStaffFile() ?? join(__dirname, '../../../../config/staff.dev.json');
    const hashes = (JSON.parse(readFileSync(file, 'utf8')) as { tokenSha256: string }[]).map((member) => member.tokenSha256);
    expect(hashes).toHaveLength(8);
    for (const hash of hashes) expect(PUBLISHED_TOKEN_SHA256.has(hash)).toBe(true);
  });
});

describe('signing in as configured', () => {
  const identity = { developmentTokens: false, production: false };

  it('refuses to start when nobody could sign in', () => {
    expect(() => loadStaffAuthentication(identity)).toThrow(ConfigurationError);
    expect(() => loadStaffAuthentication(identity)).toThrow(
      /nobody could sign in: set STAFF_FILE .* or OIDC_ISSUER .*ERA_DEV_TOKENS=true enables the published development tokens/,
    );
  });

  it('with ERA_DEV_TOKENS=true, knows the development staff and says so', async () => {
    const { authenticators, warnings } = loadStaffAuthentication({ ...identity, developmentTokens: true });
    expect(warnings).toEqual([expect.stringMatching(/^ERA_DEV_TOKENS=true: the development staff tokens of .*staff\.dev\.json are enabled/)]);
    expect(await authenticators[0].authenticate('dev-librarian-token')).toEqual({
      kind: 'staff',
      staff: { id: 's-librarian', name: 'Lena Librarian', role: 'librarian' },
    });
    expect(await authenticators[0].authenticate('dev-librarian-token!')).toBeUndefined();
  });
});
