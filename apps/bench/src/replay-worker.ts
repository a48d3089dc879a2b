import { isAzJob, runAzJob } from './a-z-rebuild';
import { runAsChild } from './child-entry';
import { isKbartJob, runKbartJob } from './kbart-import-rate';
import { ReplayJob, runReplayJob } from './replay-rate';
import { isReviewJob, runReviewJob } from './review-rate';

/** Child-process entry: runs the job given as JSON in argv[2] and sends its figures back over IPC. */
runAsChild(async () => {
  const job = JSON.parse(process.argv[2] ?? '{}') as ReplayJob;
  return isReviewJob(job) ? runReviewJob(job) : isAzJob(job) ? runAzJob(job) : isKbartJob(job) ? runKbartJob(job) : runReplayJob(job);
});
