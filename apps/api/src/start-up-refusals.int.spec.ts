import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { startService } from './start-service';
import { startTestIssuer } from './testing/test-issuer';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const member = (id: string, token: string, role = 'admin') => ({ id, name: `Staff ${id}`, role, tokenSha256: hashOf(token) });

/** What main.ts does (startService), with each staff configuration production must refuse, and why it says it refuses. */
describe('starting the service with a staff configuration', () => {
  let directory: string;
  let started: INestApplicationContext | undefined;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'era-start-'));
  });
  afterEach(async () => {
    await started?.close();
    started = undefined;
    rmSync(directory, { recursive: true, force: true });
  });

  const staffFile = (content: unknown) => {
    const file = join(directory, 'staff.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const start = async (env: Record<string, string>) => {
    started = await startService({ DATA_DIR: join(directory, 'data'), PORT: '0', ...env }, [], false);
    return started;
  };
  // Production needs the key that seals vendor secrets; a case about that key leaves it out.
  const production = (env: Record<string, string>) =>
    start({ NODE_ENV: 'production', ERA_SECRET_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`, ...env });

  it.each([
    [
      'the development tokens are enabled',
      () => ({ ERA_DEV_TOKENS: 'true', STAFF_FILE: staffFile([member('s-001', 'fresh-token-1')]) }),
      /ERA_DEV_TOKENS=true is refused with NODE_ENV=production/,
    ],
    ['STAFF_FILE is missing (and no identity provider)', () => ({}), /NODE_ENV=production needs STAFF_FILE .* or OIDC_ISSUER/],
    ['STAFF_FILE is an empty file', () => ({ STAFF_FILE: staffFile('') }), /STAFF_FILE .*staff\.json is not JSON/],
    ['STAFF_FILE lists nobody', () => ({ STAFF_FILE: staffFile([]) }), /STAFF_FILE .*staff\.json lists no staff: nobody could sign in with it/],
    ['STAFF_FILE does not exist', () => ({ STAFF_FILE: join(directory, 'nowhere.json') }), /STAFF_FILE .*nowhere\.json cannot be read/],
    [
      'STAFF_FILE holds the same id twice',
      () => ({ STAFF_FILE: staffFile([member('s-001', 'fresh-token-1'), member('s-001', 'fresh-token-2')]) }),
      /entries 0 and 1 have the same id s-001/,
    ],
    [
      'STAFF_FILE holds the same token hash twice',
      () => ({ STAFF_FILE: staffFile([member('s-001', 'fresh-token-1'), member('s-002', 'fresh-token-1', 'desk')]) }),
      /entries 0 and 1 have the same tokenSha256/,
    ],
    [
      'STAFF_FILE holds a development token hash',
      () => ({ STAFF_FILE: staffFile([member('s-001', 'fresh-token-1'), member('s-admin', 'dev-admin-token')]) }),
      /entry 1 \(s-admin\) has the hash of a published development or example token/,
    ],
    [
      'STAFF_FILE holds the former Compose example token hash',
      () => ({ STAFF_FILE: staffFile([member('s-002', 'example-admin-token-change-me')]) }),
      /entry 0 \(s-002\) has the hash of a published development or example token/,
    ],
  ])('refuses to start in production when %s, saying why', async (_, env, reason) => {
    await expect(production(env())).rejects.toThrow(reason);
    expect(started).toBeUndefined();
  });

  it('refuses to start in production without ERA_SECRET_KEYS, and with a key that is not 32 bytes of base64, saying why', async () => {
    const staff = { STAFF_FILE: staffFile([member('svc-seal', 'a-long-random-token-3b9f')]) };
    await expect(production({ ...staff, ERA_SECRET_KEYS: '' })).rejects.toThrow(/NODE_ENV=production needs ERA_SECRET_KEYS/);
    await expect(production({ ...staff, ERA_SECRET_KEYS: 'k1:c2hvcnQ=' })).rejects.toThrow(
      /ERA_SECRET_KEYS key k1 must be the standard base64 of exactly 32 bytes/,
    );
    expect(started).toBeUndefined();
  });

  it('refuses duplicate ids and token hashes outside production too', async () => {
    await expect(start({ STAFF_FILE: staffFile([member('s-001', 'fresh-token-1'), member('s-001', 'fresh-token-2')]) })).rejects.toThrow(/the same id s-001/);
    await expect(start({ STAFF_FILE: staffFile([member('s-001', 'fresh-token-1'), member('s-002', 'fresh-token-1')]) })).rejects.toThrow(
      /the same tokenSha256/,
    );
  });

  it('refuses to start when nobody could sign in: the development tokens need ERA_DEV_TOKENS=true', async () => {
    await expect(start({})).rejects.toThrow(
      /nobody could sign in: set STAFF_FILE .* ERA_DEV_TOKENS=true enables the published development tokens \(npm start sets it\)/,
    );
  });

  it('starts in production with a fresh staff file, and with the identity provider alone', async () => {
    const app = await production({ STAFF_FILE: staffFile([member('svc-seal', 'a-long-random-token-3b9f')]) });
    await app.close();
    started = undefined;
    const issuer = await startTestIssuer(directory);
    await production(issuer.env);
  });

  it('starts the projector without any staff: it serves nobody', async () => {
    await start({ ERA_MODE: 'projector' });
  });
});
