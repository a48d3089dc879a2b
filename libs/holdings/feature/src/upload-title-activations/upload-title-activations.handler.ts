import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { SelectionUpload, SelectionUploads } from '../title-activations-shared/selection-uploads';

/** The titles an uploaded list names, activated from effectiveFrom; the list kept as a document the events name. */
@Injectable()
export class UploadTitleActivationsHandler {
  constructor(private readonly uploads: SelectionUploads) {}

  execute(upload: SelectionUpload & { effectiveFrom: string; reason: string }, metadata: AppendMetadata) {
    const { effectiveFrom, reason } = upload;
    return this.uploads.execute(
      upload,
      (resourceId, selection) => ({ type: 'ActivatePackageTitles', data: { resourceId, effectiveFrom, reason, selection } }),
      metadata,
    );
  }
}
