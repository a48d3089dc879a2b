import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { SelectionUpload, SelectionUploads } from '../title-activations-shared/selection-uploads';

/** The titles an uploaded list names, no longer active from effectiveOn; the list kept as a document the events name. */
@Injectable()
export class UploadTitleDeactivationsHandler {
  constructor(private readonly uploads: SelectionUploads) {}

  execute(upload: SelectionUpload & { effectiveOn: string; reason: string }, metadata: AppendMetadata) {
    const { effectiveOn, reason } = upload;
    return this.uploads.execute(
      upload,
      (resourceId, selection) => ({ type: 'DeactivatePackageTitles', data: { resourceId, effectiveOn, reason, selection } }),
      metadata,
    );
  }
}
