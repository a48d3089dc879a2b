import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { API_MAIN, BUILD_SCRIPT, CLI_MAIN, CLI_SOURCE, ROOT } from './paths';
import { sleep } from './wait';

const run = promisify(execFile);

/** Held while tools/build.mjs rewrites dist/, so that parallel jest workers neither build twice nor start a half-written service. */
const LOCK = join(ROOT, 'dist', '.e2e-build.lock');
const STALE_LOCK_MS = 60_000;

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

const mtimeOf = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** Why dist/ must be rebuilt, or undefined when it is current. */
export function staleReason(): string | undefined {
  const built = mtimeOf(API_MAIN);
  if (built === 0) return `${API_MAIN} is missing`;
  if (existsSync(CLI_SOURCE) && !existsSync(CLI_MAIN)) return `${CLI_MAIN} is missing`;
  const sources = Math.max(
    ...['apps', 'libs', 'projections'].map((top) => newestSourceMtime(join(ROOT, top))),
    mtimeOf(BUILD_SCRIPT),
    mtimeOf(join(ROOT, 'tsconfig.base.json')),
  );
  return sources > built ? 'sources are newer than dist/' : undefined;
}

function tryLock(): boolean {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (Date.now() - mtimeOf(LOCK) > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Resolves once no other worker is building. */
export async function waitForBuildLock(timeoutMs = 2 * STALE_LOCK_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (existsSync(LOCK)) {
    if (Date.now() > deadline) throw new Error(`build lock ${LOCK} still held after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/**
 * Makes sure dist/ holds a build of the current sources: runs `node tools/build.mjs` when the API entry point
 * is missing or older than any source (or the CLI has sources but no build). Safe to call from every suite.
 */
export async function ensureBuilt(): Promise<void> {
  for (;;) {
    if (!staleReason()) return;
    if (!tryLock()) {
      await waitForBuildLock();
      continue;
    }
    try {
      if (!staleReason()) return;
      await run(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, timeout: 120_000 }).catch((error: { stderr?: string; message: string }) => {
        throw new Error(`node tools/build.mjs failed: ${error.stderr || error.message}`);
      });
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
