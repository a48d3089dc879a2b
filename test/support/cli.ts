import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { waitForBuildLock } from './build';
import { CLI_MAIN, CLI_SOURCE, ROOT } from './paths';
import { serviceEnv } from './service';

export interface CliResult {
  /** Exit code; null when the process was ended by a signal (e.g. the timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Fails with a clear message while the operator CLI has not been written or built yet. */
export function assertCliBuilt(): void {
  if (!existsSync(CLI_SOURCE)) throw new Error(`the operator CLI does not exist yet (${CLI_SOURCE})`);
  if (!existsSync(CLI_MAIN)) throw new Error(`the operator CLI is not built (${CLI_MAIN}); run npm run build`);
}

/** Runs `node dist/apps/cli/src/main.js ...args` against a data directory; never rejects on a non-zero exit. */
export async function runCli(args: readonly string[], { dataDir, timeoutMs = 30_000 }: { dataDir: string; timeoutMs?: number }): Promise<CliResult> {
  // Another jest worker may be rewriting dist/ right now.
  await waitForBuildLock();
  assertCliBuilt();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI_MAIN, ...args],
      { cwd: ROOT, env: serviceEnv(dataDir), timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // A string code means the CLI could not be run at all (spawn failure, output too large).
        if (typeof error?.code === 'string') {
          reject(error);
          return;
        }
        resolve({ code: error ? (error.code ?? null) : 0, stdout, stderr });
      },
    );
  });
}

/** Runs the CLI with --json and parses stdout. */
export async function runCliJson<T>(args: readonly string[], options: { dataDir: string; timeoutMs?: number }): Promise<CliResult & { json: T }> {
  const result = await runCli([...args, '--json'], options);
  let json: T;
  try {
    json = JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`${args.join(' ')} --json did not print JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return { ...result, json };
}
