import { runVerifyStreamsJob, VerifyStreamsJob } from './verify-streams';

/** Child-process entry of the many-streams verification step: runs the job in argv[2], sends its figures over IPC. */
async function main(): Promise<void> {
  const figures = await runVerifyStreamsJob(JSON.parse(process.argv[2] ?? '{}') as VerifyStreamsJob);
  await new Promise<void>((resolve, reject) => process.send?.(figures, (error: Error | null) => (error ? reject(error) : resolve())));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
