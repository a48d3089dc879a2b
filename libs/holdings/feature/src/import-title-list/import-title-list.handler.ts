import { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { requirePackage } from '../shared/package-of';
import { TitleListImporter } from './title-list-importer';
import { TitleListImportInput } from './title-list-import';
import { TitleListJob, TitleListJobs } from './title-list-jobs';

export type TitleListUpload = Omit<TitleListImportInput, 'content'> & { content: IncomingMessage };

/**
 * Checks the package before a byte of the upload is read (404, 422 `not-a-package`, 409 `import-running`), then
 * runs the import as a job. Answers once the upload has been received (an answer sent earlier would end the
 * connection with the body half read); grouping and recording go on in the job.
 */
@Injectable()
export class ImportTitleListHandler {
  constructor(
    private readonly importer: TitleListImporter,
    private readonly jobs: TitleListJobs,
  ) {}

  async execute(upload: TitleListUpload, metadata: AppendMetadata): Promise<TitleListJob> {
    const resourceId = (await requirePackage(this.importer.streams, upload.resourceId)).resourceId;
    const received = new Promise<void>((resolve) => {
      if (upload.content.complete) return resolve();
      upload.content.once('end', resolve);
      upload.content.once('close', resolve);
    });
    const { job, finished } = this.jobs.start(resourceId, upload.totalBytes, (onProgress) =>
      this.importer.import({ ...upload, resourceId }, metadata, onProgress),
    );
    await Promise.race([received, finished]);
    return job;
  }
}
