import { AppendMetadata } from '@era/event-store';
import { HeadcountRecorded } from '@era/desk-domain';

export class RecordHeadcountCommand {
  constructor(
    readonly headcount: HeadcountRecorded,
    readonly metadata: AppendMetadata,
  ) {}
}
