import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { RuleViolation } from '@era/decider';
import { HoldingsRuleViolation } from '@era/holdings-domain';
import { DomainRefusal } from '@era/platform';
import { TitleListImportOutcome, TitleListImportProgress } from './title-list-import';

/** Jobs kept at most; a finished job is dropped first when a new one needs room. */
export const MAX_TITLE_LIST_JOBS = 200;
/** How long a finished job stays readable. */
export const FINISHED_JOB_TTL_MS = 60 * 60 * 1000;

export interface TitleListJob {
  jobId: string;
  resourceId: string;
  status: 'running' | 'done' | 'failed';
  progress: TitleListImportProgress;
  outcome?: TitleListImportOutcome;
  /** A failure that is no refusal of the file (the store went away, …): said without internals. */
  problem?: { code: string; message: string };
  startedAt: number;
  finishedAt?: number;
}

export type JobRun = (onProgress: (progress: TitleListImportProgress) => void) => Promise<TitleListImportOutcome>;

const STARTING: TitleListImportProgress = { phase: 'reading', bytesRead: 0, rows: 0, rowsPerSecond: 0 };

/**
 * The API's title-list imports while they run and for an hour after, in this process's memory (a job is a view of
 * work under way, not a record: what an import decided is in the log). Bounded, and one running import per package.
 */
@Injectable()
export class TitleListJobs {
  private readonly logger = new Logger('TitleListJobs');
  private readonly jobs = new Map<string, TitleListJob>();

  private readonly clock: () => number = Date.now;

  /** Starts `run` as a job; refused (409 `import-running`) while another import of the same package runs. */
  start(resourceId: string, totalBytes: number | undefined, run: JobRun): { job: TitleListJob; finished: Promise<void> } {
    this.expire();
    const running = [...this.jobs.values()].find((job) => job.resourceId === resourceId && job.status === 'running');
    if (running) {
      throw new HoldingsRuleViolation('import-running', `an import into ${resourceId} is running (job ${running.jobId}); wait for it to finish`, {
        jobId: running.jobId,
      });
    }
    this.makeRoom();
    const job: TitleListJob = {
      jobId: randomUUID(),
      resourceId,
      status: 'running',
      progress: { ...STARTING, ...(totalBytes !== undefined && { totalBytes }) },
      startedAt: this.clock(),
    };
    this.jobs.set(job.jobId, job);
    const finished = run((progress) => (job.progress = progress)).then(
      (outcome) => {
        job.outcome = outcome;
        job.status = 'done';
        job.progress = { ...job.progress, phase: 'done', rows: outcome.summary.rows };
        job.finishedAt = this.clock();
      },
      (error: unknown) => {
        job.status = 'failed';
        job.problem = problemOf(error);
        job.finishedAt = this.clock();
        if (!(error instanceof RuleViolation) && !(error instanceof DomainRefusal)) this.logger.error(error instanceof Error ? error.stack : String(error));
      },
    );
    return { job, finished };
  }

  get(jobId: string): TitleListJob | undefined {
    this.expire();
    return this.jobs.get(jobId);
  }

  private expire(): void {
    const now = this.clock();
    for (const [id, job] of this.jobs) if (job.finishedAt !== undefined && now - job.finishedAt > FINISHED_JOB_TTL_MS) this.jobs.delete(id);
  }

  private makeRoom(): void {
    if (this.jobs.size < MAX_TITLE_LIST_JOBS) return;
    const oldestFinished = [...this.jobs.values()].filter((job) => job.status !== 'running').sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0))[0];
    if (!oldestFinished)
      throw new DomainRefusal(503, 'too-many-imports', `${MAX_TITLE_LIST_JOBS} imports are running; try again when one has finished`, {
        headers: { 'Retry-After': '30' },
      });
    this.jobs.delete(oldestFinished.jobId);
  }
}

function problemOf(error: unknown): { code: string; message: string } {
  if (error instanceof RuleViolation) return { code: error.rule, message: error.message };
  if (error instanceof DomainRefusal) return { code: error.slug, message: error.message };
  return {
    code: 'internal',
    message: 'the import failed for a reason that is not the file; it has been logged, and nothing was recorded unless its version is listed',
  };
}
