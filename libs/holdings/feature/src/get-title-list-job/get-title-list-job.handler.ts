import { Injectable } from '@nestjs/common';
import { HoldingsRuleViolation } from '@era/holdings-domain';
import { DomainRefusal } from '@era/platform';
import { TitleListJobView } from '../import-title-list/import-title-list.dto';
import { TitleListImporter } from '../import-title-list/title-list-importer';
import { TitleListJob, TitleListJobs } from '../import-title-list/title-list-jobs';
import { TitleListReport } from '../import-title-list/title-list-report';
import { readTitleListReport } from '../shared/title-list-reports';

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An import job as it stands, and its row report once it is done. */
@Injectable()
export class GetTitleListJobHandler {
  constructor(
    private readonly jobs: TitleListJobs,
    private readonly importer: TitleListImporter,
  ) {}

  view(jobId: string): TitleListJobView {
    const job = this.job(jobId);
    return {
      jobId: job.jobId,
      resourceId: job.resourceId,
      status: job.status,
      progress: job.progress,
      ...(job.outcome && { outcome: job.outcome, reportUrl: `/title-list-jobs/${job.jobId}/report` }),
      ...(job.problem && { problem: job.problem }),
    };
  }

  async report(jobId: string): Promise<TitleListReport> {
    const job = this.job(jobId);
    if (!job.outcome)
      throw new DomainRefusal(409, 'import-not-finished', `job ${jobId} has no report ${job.status === 'running' ? 'yet: it is running' : ': it failed'}`);
    return readTitleListReport(this.importer.documents, job.outcome.report.sha256);
  }

  private job(jobId: string): TitleListJob {
    const job = JOB_ID.test(jobId) ? this.jobs.get(jobId) : undefined;
    if (!job) throw new HoldingsRuleViolation('title-list-job-not-found', `no import job ${jobId.slice(0, 40)} (jobs are kept for an hour after they finish)`);
    return job;
  }
}
