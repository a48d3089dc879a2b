import { Injectable } from '@nestjs/common';
import { holdRequestDecider, LoansRuleViolation, titleHoldsStreamId } from '@era/circulation-domain';
import { canonicalTitleId, HoldsDesk } from '../holds-desk';

export interface QueuedHoldView {
  /** 1 for the first in line. */
  position: number;
  holdId: string;
  borrowerId: string;
  pickupLocation: string;
  placedAt: string;
  status: 'open' | 'awaiting pickup';
  /** Once filled: the item on the hold shelf and the last local date it waits there. */
  barcode?: string;
  pickupBy?: string;
}

export interface TitleHoldsView {
  titleId: string;
  revision: number;
  holds: QueuedHoldView[];
}

/** A title's queue as its stream has it now, in the order the holds were placed (never behind a read model). */
@Injectable()
export class TitleHoldsHandler {
  constructor(private readonly desk: HoldsDesk) {}

  async execute(rawTitleId: string): Promise<TitleHoldsView> {
    const titleId = canonicalTitleId(rawTitleId);
    const { state, revision } = await this.desk.commands.load(titleHoldsStreamId(titleId), holdRequestDecider);
    if (revision < 0 && !(await this.desk.titleKnown(titleId))) throw new LoansRuleViolation('title-not-found', `The library has no item of title ${titleId}`);
    const holds = state.open.map((hold, index): QueuedHoldView => ({
      position: index + 1,
      holdId: hold.holdId,
      borrowerId: hold.borrowerId,
      pickupLocation: hold.pickupLocation,
      placedAt: hold.placed.placedAt,
      status: hold.awaiting ? 'awaiting pickup' : 'open',
      ...(hold.awaiting && { barcode: hold.awaiting.barcode, pickupBy: hold.awaiting.pickupBy }),
    }));
    return { titleId, revision, holds };
  }
}
