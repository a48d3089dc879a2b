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
