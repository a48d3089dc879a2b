/**
 * The built service as an operator starts it: an unsafe staff configuration stops it with exit code 1 and one line
 * that says why (the cases themselves: apps/api/src/start-up-refusals.int.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { API_MAIN, ensureBuilt, removeDir, ROOT, serviceEnv, tempDataDir } from './support';

const dataDir = tempDataDir('era-refusal');

beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => removeDir(dataDir));

const run = (overrides: Record<string, string>) =>
  spawnSync(process.execPath, [API_MAIN], { cwd: ROOT, env: serviceEnv(dataDir, { PORT: '0', ...overrides }), encoding: 'utf8', timeout: 30_000 });

it('exits 1 in production with the development tokens, saying why', () => {
  const result = run({ NODE_ENV: 'production', ERA_DEV_TOKENS: 'true' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('cannot start: ERA_DEV_TOKENS=true is refused with NODE_ENV=production');
});

it('exits 1 when nobody could sign in: no development tokens unless ERA_DEV_TOKENS=true', () => {
  const result = run({ ERA_DEV_TOKENS: 'false' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('cannot start: nobody could sign in');
});
