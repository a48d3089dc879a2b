import { Logger } from '@nestjs/common';
import { HoldingsRuleViolation, ImportSummary } from '@era/holdings-domain';
import { TitleListImportOutcome } from './title-list-import';
import { MAX_TITLE_LIST_JOBS, TitleListJobs } from './title-list-jobs';

const SUMMARY: ImportSummary = { rows: 3, imported: 3, repaired: 0, rejected: 0, duplicates: 0, titles: 2 };
const outcome = (resourceId: string): TitleListImportOutcome => ({
  outcome: 'imported',
  resourceId,
  version: 1,
  summary: SUMMARY,
  report: { sha256: 'r', sizeBytes: 1 },
});
const never = () => new Promise<TitleListImportOutcome>(() => undefined);

describe('title-list import jobs', () => {
  it('given a running import of a package, when another import of it starts, then refused as import-running naming the running job', () => {
    const jobs = new TitleListJobs();
    const { job } = jobs.start('pkg', undefined, never);
    let refusal: unknown;
    try {
      jobs.start('pkg', undefined, never);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(HoldingsRuleViolation);
    expect(refusal).toMatchObject({ rule: 'import-running', kind: 'conflict', extensions: { jobId: job.jobId } });
  });

  it('given a running import of one package, when an import of another starts, then both run', () => {
    const jobs = new TitleListJobs();
    jobs.start('pkg-a', undefined, never);
    expect(jobs.start('pkg-b', undefined, never).job.status).toBe('running');
  });

  it('given an import that reports progress and ends, when the job is read, then it shows the progress, then done with the outcome', async () => {
    const jobs = new TitleListJobs();
    let finish: (value: TitleListImportOutcome) => void = () => undefined;
    const { job, finished } = jobs.start('pkg', 1000, (onProgress) => {
      onProgress({ phase: 'reading', bytesRead: 500, totalBytes: 1000, rows: 2, rowsPerSecond: 4, secondsLeft: 1 });
      return new Promise((resolve) => (finish = resolve));
    });
    expect(jobs.get(job.jobId)).toMatchObject({ status: 'running', progress: { bytesRead: 500, rows: 2, secondsLeft: 1 } });
    finish(outcome('pkg'));
    await finished;
    expect(jobs.get(job.jobId)).toMatchObject({ status: 'done', progress: { phase: 'done', rows: 3 }, outcome: outcome('pkg') });
    expect(jobs.start('pkg', undefined, never).job.status).toBe('running');
  });

  it('given an import that fails for a reason that is not the file, when the job is read, then failed with a problem that tells no internals', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const jobs = new TitleListJobs();
    const { job, finished } = jobs.start('pkg', undefined, () => Promise.reject(new Error('SQLITE_IOERR at /srv/secret/path')));
    await finished;
    expect(jobs.get(job.jobId)).toMatchObject({ status: 'failed', problem: { code: 'internal' } });
    expect(JSON.stringify(jobs.get(job.jobId))).not.toContain('/srv/secret');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('given the registry full of finished jobs, when one more starts, then the oldest finished one is dropped', async () => {
    const jobs = new TitleListJobs();
    const first = jobs.start('pkg-0', undefined, async () => outcome('pkg-0'));
    await first.finished;
    for (let i = 1; i < MAX_TITLE_LIST_JOBS; i++) await jobs.start(`pkg-${i}`, undefined, async () => outcome(`pkg-${i}`)).finished;
    const latest = jobs.start('pkg-new', undefined, never);
    expect(jobs.get(first.job.jobId)).toBeUndefined();
    expect(jobs.get(latest.job.jobId)).toBeDefined();
  });
});
