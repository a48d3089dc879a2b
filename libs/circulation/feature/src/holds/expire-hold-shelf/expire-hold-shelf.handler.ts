import { Inject, Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { READ_STORE } from '@era/platform';
import { CIRCULATION_HOLDS, OPEN_HOLDS, OpenHoldListing, PENDING_RELEASES, PendingRelease } from '@era/projection-circulation-holds';
import { liveView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { HoldEnded, HoldsDesk } from '../holds-desk';

export interface HoldShelfSwept {
  today: string;
  expired: HoldEnded[];
  /** Items still held for a hold that had ended (its release lost to a crash), released now. */
  releasesMadeUp: HoldEnded[];
  /** Global position of the last event written: read after it to see the shelf as the sweep left it. */
  position: number;
}

/**
 * The hold-shelf sweep: every title with a hold whose pickup-by date is before today (from the holds read model)
 * expires those holds on its stream, and each item they held is released to the next in line or home. An item still
 * held for a hold that ended earlier (a cancellation or expiry whose release was lost to a crash) is released too.
 */
@Injectable()
export class ExpireHoldShelfHandler {
  constructor(
    private readonly desk: HoldsDesk,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  async execute(today: string | undefined, metadata: AppendMetadata): Promise<HoldShelfSwept> {
    const day = today ?? this.desk.calendar.dayOf(this.desk.commands.now());
    const view = await liveView(this.reads, CIRCULATION_HOLDS);
    const titles = new Set<string>();
    for await (const hold of view.findAll<OpenHoldListing>(OPEN_HOLDS, {
      where: { status: 'awaiting pickup', pickupBy: { lt: day } },
      sort: { field: 'pickupBy' },
    })) {
      titles.add(hold.titleId);
    }
    const expired: HoldEnded[] = [];
    let position = view.position;
    for (const titleId of [...titles].sort()) {
      const outcome = await this.desk.onTitle(titleId, { type: 'ExpireHolds', data: { titleId, today: day } }, metadata);
      position = Math.max(position, outcome.position);
      for (const event of outcome.events) {
        if (event.type !== 'HoldExpired') continue;
        const ended: HoldEnded = { titleId, holdId: event.data.holdId, barcode: event.data.barcode };
        expired.push(ended);
        position = Math.max(position, (await this.desk.release(ended, metadata)).position);
      }
    }
    const releasesMadeUp: HoldEnded[] = [];
    const after = await liveView(this.reads, CIRCULATION_HOLDS);
    for await (const { titleId, holdId, barcode } of after.findAll<PendingRelease>(PENDING_RELEASES)) {
      const made = await this.desk.release({ titleId, holdId, barcode }, metadata);
      if (made.released) releasesMadeUp.push({ titleId, holdId, barcode });
      position = Math.max(position, made.position);
    }
    return { today: day, expired, releasesMadeUp, position };
  }
}
