import { fork } from 'node:child_process';
import { join } from 'node:path';

/**
 * The entry of a bench child process: runs `work`, sends its figures to the parent over IPC and exits 0; on a failure
 * prints why and exits 1 (the parent then reports the step as failed).
 */
export function runAsChild(work: () => Promise<unknown>): void {
  work()
    .then((figures) => new Promise<void>((resolve, reject) => process.send?.(figures, (error: Error | null) => (error ? reject(error) : resolve()))))
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : error);
        process.exit(1);
      },
    );
}

/**
 * Runs `job` in a forked Node process (the bench's own flags, e.g. --expose-gc; a CPU profile of it when asked) whose
 * entry is `worker` (a script beside this one that calls runAsChild), and returns the figures it sent.
 */
export function runInForkedChild<F>(worker: string, job: { mode: string }, cpuProfileDir?: string): Promise<F> {
  const execArgv = [...process.execArgv, ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, `--cpu-prof-name=${job.mode}.cpuprofile`] : [])];
  return new Promise((resolve, reject) => {
    let figures: F | undefined;
    const child = fork(join(__dirname, worker), [JSON.stringify(job)], { execArgv });
    child.on('message', (message) => (figures = message as F));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && figures) resolve(figures);
      else reject(new Error(`${job.mode} child process ended with ${signal ?? `exit code ${code}`}${figures ? '' : ' and no result'}`));
    });
  });
}
