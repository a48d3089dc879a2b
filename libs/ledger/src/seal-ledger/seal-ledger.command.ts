import { AppendMetadata } from '@era/event-store';

export class SealLedgerCommand {
  constructor(readonly metadata: AppendMetadata) {}
}
