import { isAzJob, runAzJob } from './a-z-rebuild';
import { isKbartJob, runKbartJob } from './kbart-import-rate';
import { ReplayJob, runReplayJob } from './replay-rate';
import { isReviewJob, runReviewJob } from './review-rate';

/** Child-process entry: runs the job given as JSON in argv[2] and sends its figures back over IPC. */
async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as ReplayJob;
  const figures = isReviewJob(job)
    ? await runReviewJob(job)
    : isAzJob(job)
      ? await runAzJob(job)
      : isKbartJob(job)
        ? await runKbartJob(job)
        : await runReplayJob(job);
  await new Promise<void>((resolve, reject) => process.send?.(figures, (error: Error | null) => (error ? reject(error) : resolve())));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
