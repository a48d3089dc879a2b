import { AppendMetadata } from '@era/event-store';
import { LicenceVersionWithdrawn } from '@era/licensing-domain';

export class WithdrawVersionCommand {
  constructor(
    readonly withdrawal: LicenceVersionWithdrawn,
    readonly metadata: AppendMetadata,
    readonly ifMatchRevision?: number,
  ) {}
}
