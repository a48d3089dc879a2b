import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import {
  DEFAULT_OVERRIDE_POLICY,
  HoldRequestCommand,
  HoldRequestContext,
  holdRequestDecider,
  holdQueue,
  itemDeskDecider,
  itemStreamId,
  LoansContext,
  titleHoldsStreamId,
} from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CommandPath, READ_STORE } from '@era/platform';
import { CIRCULATION_HOLDS, TITLES, TitleListing } from '@era/projection-circulation-holds';
import { liveView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { BorrowerStandingService } from '../shared/borrower-standing.service';
import { CirculationCalendar } from '../shared/circulation-calendar';

/** A hold that ended while an item waited on the shelf for it (or travelled to it): that item is released. */
export interface HoldEnded {
  readonly titleId: string;
  readonly holdId: string;
  readonly barcode?: string;
}

/**
 * What every holds use case shares: the title's stream and its decision context (calendar, hold-shelf days, the
 * asking staff member's role for overrides), and the step across streams when a hold ends: the item it held is
 * released on its own stream, and, if it now waits on the shelf for the next in line, that hold is filled.
 */
@Injectable()
export class HoldsDesk {
  constructor(
    readonly commands: CommandPath,
    readonly standing: BorrowerStandingService,
    readonly calendar: CirculationCalendar,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  /** A title the library has an item of (the holds read model counts items by title). */
  async titleKnown(titleId: string): Promise<boolean> {
    const view = await liveView(this.reads, CIRCULATION_HOLDS);
    return (await view.get<TitleListing>(TITLES, canonicalTitleId(titleId))) !== undefined;
  }

  context(metadata: AppendMetadata, extra: Partial<HoldRequestContext> = {}): Omit<HoldRequestContext, 'now'> {
    return {
      library: this.calendar.library,
      holdShelfOpenDays: this.standing.policies.holdShelfOpenDays,
      role: metadata.actor.role,
      overridePolicy: DEFAULT_OVERRIDE_POLICY,
      ...extra,
    };
  }

  onTitle(titleId: string, command: HoldRequestCommand, metadata: AppendMetadata, extra: Partial<HoldRequestContext> = {}) {
    return this.commands.handle(titleHoldsStreamId(titleId), holdRequestDecider, command, { metadata, context: () => this.context(metadata, extra) });
  }

  /**
   * The item the ended hold held goes to the next hold in line (on this desk's shelf, or in transit to its pickup
   * desk) or home. Idempotent: an item that no longer serves the hold is left alone.
   */
  async release({ titleId, holdId, barcode }: HoldEnded, metadata: AppendMetadata): Promise<{ position: number; released: boolean }> {
    if (barcode === undefined) return { position: 0, released: false };
    const { state } = await this.commands.load(titleHoldsStreamId(titleId), holdRequestDecider);
    const queue = holdQueue(state);
    const released = await this.commands.handle(
      itemStreamId(barcode),
      itemDeskDecider,
      { type: 'ReleaseFromHoldShelf', data: { barcode, holdId } },
      { metadata, context: (): Omit<LoansContext, 'now'> => ({ ...this.itemContext(), holdQueue: queue }) },
    );
    let position = released.position;
    for (const event of released.events) {
      if (event.type !== 'ItemAwaitingPickup') continue;
      const filled = await this.onTitle(titleId, { type: 'FillHold', data: { titleId, holdId: event.data.holdId, barcode } }, metadata);
      position = Math.max(position, filled.position);
    }
    return { position, released: released.appended };
  }

  /** An item decision that makes no loan (a release, a course reserve): no loan policy applies, the default stands in. */
  itemContext(): Omit<LoansContext, 'now'> {
    return { library: this.calendar.library, loanPolicy: this.standing.policies.loanPolicies.undergraduate.book };
  }
}

export const canonicalTitleId = (titleId: string) => canonicalId(titleId.trim());
