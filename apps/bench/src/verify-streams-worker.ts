import { runAsChild } from './child-entry';
import { runVerifyStreamsJob, VerifyStreamsJob } from './verify-streams';

/** Child-process entry of the many-streams verification step: runs the job in argv[2], sends its figures over IPC. */
runAsChild(() => runVerifyStreamsJob(JSON.parse(process.argv[2] ?? '{}') as VerifyStreamsJob));
