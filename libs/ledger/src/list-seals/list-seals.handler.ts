import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import { readLedgerSeals } from '@era/ledger-integrity';
import { RAW_EVENT_STORE } from '@era/platform';
import { SealList } from './seal-listing';

/** Read from the seal stream itself: seals are few, and no projection should stand between an auditor and them. */
@Injectable()
export class ListSealsHandler {
  constructor(@Inject(RAW_EVENT_STORE) private readonly events: EventStore) {}

  async execute(): Promise<SealList> {
    const items: SealList['items'] = [];
    for await (const { seal, position, recordedAt, sealedBy, reason } of readLedgerSeals(this.events)) {
      items.push({
        digest: seal.digest,
        recordedAt,
        sealedBy,
        ...(reason ? { reason } : {}),
        sealedThroughPosition: seal.sealedThroughPosition,
        streamCount: seal.streamCount,
        position,
      });
    }
    return { items };
  }
}
