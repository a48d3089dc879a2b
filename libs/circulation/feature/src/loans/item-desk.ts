import { Injectable } from '@nestjs/common';
import { CommandOutcome } from '@era/command-handling';
import { Folded } from '@era/decider';
import {
  holdQueue,
  holdsDecider,
  ItemCommand,
  ItemDeskContext,
  itemDeskDecider,
  ItemDeskEvent,
  ItemState,
  itemStreamId,
  ItemType,
  loanPolicyFor,
  PatronGroup,
  QueuedHold,
  titleHoldsStreamId,
} from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CommandPath } from '@era/platform';
import { BorrowerStandingService } from '../shared/borrower-standing.service';
import { CirculationCalendar } from '../shared/circulation-calendar';

/** What a decision adds to the library's calendar and time: the borrower's group (for the loan policy) and the rest of the context. */
export interface DeskDecision {
  readonly patronGroup?: PatronGroup;
  readonly context?: Omit<ItemDeskContext, 'now' | 'library' | 'loanPolicy'>;
  /** Read the title's holds queue into the context (check-in, renewal). */
  readonly withHoldQueue?: boolean;
}

/** The item's stream as the desk decides on it: its state, and every event in order (for the steps that follow a write). */
@Injectable()
export class ItemDesk {
  constructor(
    private readonly commands: CommandPath,
    private readonly calendar: CirculationCalendar,
    private readonly standing: BorrowerStandingService,
  ) {}

  get policies() {
    return this.standing.policies;
  }

  get library() {
    return this.calendar.library;
  }

  async state(barcode: string): Promise<{ state: ItemState; revision: number }> {
    return this.commands.load(itemStreamId(barcode), itemDeskDecider);
  }

  async history(barcode: string): Promise<Folded<ItemDeskEvent>[]> {
    const events: Folded<ItemDeskEvent>[] = [];
    await this.commands.load<Folded<ItemDeskEvent>[], ItemDeskEvent>(itemStreamId(barcode), {
      initialState: events,
      evolve: (all, event) => {
        all.push(event);
        return all;
      },
    });
    return events;
  }

  async holdQueueOf(titleId: string | undefined): Promise<QueuedHold[]> {
    if (titleId === undefined) return [];
    return holdQueue((await this.commands.load(titleHoldsStreamId(titleId), holdsDecider)).state);
  }

  /**
   * Decides a command on the item's stream. The loan policy is the borrower's group's for the item's type; a decision
   * that lends nothing reads none, and is given the undergraduate book policy only to satisfy the context's shape.
   */
  async decide(
    barcode: string,
    command: ItemCommand,
    metadata: AppendMetadata,
    decision: DeskDecision = {},
  ): Promise<CommandOutcome<ItemState, ItemDeskEvent>> {
    return this.commands.handle(itemStreamId(barcode), itemDeskDecider, command, {
      metadata,
      context: async () => {
        const { state } = await this.state(barcode);
        const itemType: ItemType = state.item?.itemType ?? 'book';
        const holdQueue = decision.withHoldQueue ? await this.holdQueueOf(state.item?.titleId) : undefined;
        return {
          library: this.calendar.library,
          loanPolicy: loanPolicyFor(this.policies, decision.patronGroup ?? 'undergraduate', itemType),
          ...decision.context,
          ...(holdQueue !== undefined && { holdQueue }),
        };
      },
    });
  }
}
