import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import { LedgerSealReceipt } from '@era/ledger-integrity';
import { RAW_EVENT_STORE, ReadYourWrites, WholeLogQueue } from '@era/platform';
import { handleSealLedger, SealLedger, SealRequest } from './seal-ledger';

/**
 * Seals the log as stored (the raw store: the hashes are those of the stored events), then waits for the projections.
 * Sealing walks the whole log, so it takes a turn of the whole-log queue (429 with Retry-After when none is free).
 */
@Injectable()
export class SealLedgerHandler {
  constructor(
    @Inject(RAW_EVENT_STORE) private readonly rawEvents: EventStore,
    private readonly freshness: ReadYourWrites,
    private readonly wholeLog: WholeLogQueue,
  ) {}

  async execute(command: SealLedger, request: SealRequest): Promise<LedgerSealReceipt> {
    const receipt = await this.wholeLog.run(() => handleSealLedger(this.rawEvents, command, request));
    await this.freshness.afterWrite(receipt.position);
    return receipt;
  }
}
