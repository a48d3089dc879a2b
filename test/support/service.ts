import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForBuildLock } from './build';
import { API_MAIN, ROOT } from './paths';
import { freePort } from './ports';
import { sleep } from './wait';

/** Variables that would take the service off its embedded defaults; a developer's shell must not leak them in. */
const CONFIG_VARIABLES = [
  'PORT',
  'DATA_DIR',
  'ERA_MODE',
  'EVENT_STORE',
  'READ_STORE',
  'EVENTS_FILE',
  'READ_MODELS_FILE',
  'STAFF_FILE',
  'EVENTSTOREDB_URL',
  'MONGODB_URL',
  'MONGODB_DATABASE',
  'MAX_BODY_BYTES',
  'READ_YOUR_WRITES_TIMEOUT_MS',
  'LIBRARY_TIMEZONE',
  'DOCUMENT_STORE',
  'DOCUMENTS_DIR',
  'MAX_DOCUMENT_BYTES',
  'NODE_ENV',
  'ERA_DEV_TOKENS',
  'OIDC_ISSUER',
  'OIDC_AUDIENCE',
  'OIDC_JWKS_URL',
  'OIDC_JWKS_FILE',
  'OIDC_ROLE_CLAIM',
  'OIDC_GROUPS_CLAIM',
  'OIDC_GROUP_ROLE_MAP',
];

/** Environment for the service and the CLI: the test's own, minus configuration, plus the development tokens and `overrides`. */
export function serviceEnv(dataDir: string, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', DATA_DIR: dataDir, LIBRARY_TIMEZONE: 'UTC', ERA_DEV_TOKENS: 'true', ...overrides };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const running = new Set<Service>();
const MAX_OUTPUT = 64 * 1024;

/** One `node dist/apps/api/src/main.js` process. */
export class Service {
  private log = '';
  readonly exited: Promise<Exit>;
  exit?: Exit;

  constructor(
    readonly child: ChildProcess,
    readonly port: number,
    readonly dataDir: string,
  ) {
    const keep = (chunk: Buffer) => {
      this.log = (this.log + chunk.toString('utf8')).slice(-MAX_OUTPUT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        running.delete(this);
        resolve(this.exit);
      });
    });
    running.add(this);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  /** The last 64 KiB the process wrote to stdout and stderr. */
  output(): string {
    return this.log;
  }

  /** Sends `signal` and waits for the process to end; SIGKILLs it (and throws) if it does not within `timeoutMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<Exit> {
    if (this.exit) return this.exit;
    this.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([this.exited, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)))]);
    clearTimeout(timer);
    if (outcome) return outcome;
    this.child.kill('SIGKILL');
    await this.exited;
    throw new Error(`service on port ${this.port} did not exit within ${timeoutMs} ms of ${signal}\n${this.output()}`);
  }

  /** SIGKILL: no shutdown hooks, no flushing; what a power cut or OOM killer does to the process. */
  kill(): Promise<Exit> {
    return this.stop('SIGKILL');
  }
}

export interface StartOptions {
  /** Reuse a data directory (a restart); a fresh temporary one otherwise. */
  dataDir?: string;
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/** Creates an empty temporary data directory. */
export function tempDataDir(label = 'era-e2e'): string {
  return mkdtempSync(join(tmpdir(), `${label}-`));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Starts the API (with its in-process projections) and resolves once GET /health answers 200. */
export async function startService(options: StartOptions = {}): Promise<Service> {
  const dataDir = options.dataDir ?? tempDataDir();
  await waitForBuildLock();
  let lastFailure = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(process.execPath, [API_MAIN], {
      cwd: ROOT,
      env: serviceEnv(dataDir, { ...options.env, PORT: String(port) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const service = new Service(child, port, dataDir);
    try {
      await waitForHealth(service, options.startTimeoutMs ?? 20_000);
      return service;
    } catch (error) {
      await service.kill().catch(() => undefined);
      lastFailure = `${(error as Error).message}\n${service.output()}`;
      if (!/EADDRINUSE/.test(service.output())) break;
    }
  }
  throw new Error(`the service did not start: ${lastFailure}`);
}

async function waitForHealth(service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!service.alive) throw new Error(`the service exited during start-up (${JSON.stringify(service.exit)})`);
    try {
      const response = await fetch(`${service.baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`GET /health did not answer 200 within ${timeoutMs} ms`);
}

/** SIGKILLs every service this test file started that is still running: for afterAll, whatever happened. */
export async function killAllServices(): Promise<void> {
  await Promise.all([...running].map((service) => service.kill().catch(() => undefined)));
}

// Last resort if a suite forgets (or jest tears the worker down): never leave a service behind.
process.once('exit', () => {
  for (const service of running) service.child.kill('SIGKILL');
});
