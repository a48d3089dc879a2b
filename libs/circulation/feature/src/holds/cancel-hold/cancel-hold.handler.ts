import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { canonicalTitleId, HoldsDesk } from '../holds-desk';

export interface HoldCancelledWrite extends CirculationWrite {
  /** The item that waited on the hold shelf for it, now released (to the next in line or home). */
  releasedItem?: string;
}

/** Cancels a hold with its reason; the item waiting on the shelf for it (if any) is released on its own stream. */
@Injectable()
export class CancelHoldHandler {
  constructor(private readonly desk: HoldsDesk) {}

  async execute(holdId: string, body: { titleId: string; reason: string }, metadata: AppendMetadata): Promise<HoldCancelledWrite> {
    const titleId = canonicalTitleId(body.titleId);
    const id = canonicalId(holdId);
    const outcome = await this.desk.onTitle(titleId, { type: 'CancelHold', data: { titleId, holdId: id, reason: body.reason } }, metadata);
    // Released whether just cancelled or cancelled before (a retry): a release lost to a crash is made up, and repeats none.
    const barcode = Object.hasOwn(outcome.state.cancelled, id) ? outcome.state.cancelled[id].barcode : undefined;
    const { position } = await this.desk.release({ titleId, holdId: id, barcode }, metadata);
    return { id, outcome: { ...outcome, position: Math.max(outcome.position, position) }, ...(barcode !== undefined && { releasedItem: barcode }) };
  }
}
