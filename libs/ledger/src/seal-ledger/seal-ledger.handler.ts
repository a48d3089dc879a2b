import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore } from '@era/event-store';
import { LedgerSealReceipt, sealLedger } from '@era/ledger-integrity';
import { RAW_EVENT_STORE, ReadYourWrites } from '@era/platform';
import { SealLedgerCommand } from './seal-ledger.command';

/** Seals the log as stored (the raw store: the hashes are those of the stored events). */
@CommandHandler(SealLedgerCommand)
export class SealLedgerHandler implements ICommandHandler<SealLedgerCommand, LedgerSealReceipt> {
  constructor(
    @Inject(RAW_EVENT_STORE) private readonly events: EventStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute({ metadata }: SealLedgerCommand): Promise<LedgerSealReceipt> {
    const receipt = await sealLedger(this.events, metadata);
    await this.freshness.afterWrite(receipt.position);
    return receipt;
  }
}
