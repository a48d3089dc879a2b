import { Injectable, Logger } from '@nestjs/common';
import { Folded, RuleViolation } from '@era/decider';
import {
  chargesCalledFor,
  ChargeFee,
  evolveItem,
  feeFineLedgerDecider,
  feeFinesStreamId,
  holdsDecider,
  ItemEvent,
  ItemState,
  initialItemState,
  titleHoldsStreamId,
} from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CommandPath } from '@era/platform';
import { derivedId } from './derived-id';
import { ItemDesk } from './item-desk';

/** How many of an item's latest loans are looked at again after each write: a step lost to a crash is made up by the item's next write. */
const LOANS_LOOKED_AT = 3;

/**
 * The steps on other streams that follow an item's write, each after the item's append and each idempotent: the
 * fees its history calls for on the borrowers' ledgers (ids derived from the loan), the hold its check-in filled, the
 * hold its check-out picked up. They are worked out from the item's stream as it stands, not from the request, so
 * that the next write to the item (a retried request, or the item's next check-in) makes up a step lost to a crash.
 */
@Injectable()
export class LoanFollowUps {
  private readonly logger = new Logger('LoanFollowUps');

  constructor(
    private readonly commands: CommandPath,
    private readonly desk: ItemDesk,
  ) {}

  /** The charge id of a kind of charge on a loan: the same every time. */
  static chargeIdOf(kind: string, loanId: string): string {
    return derivedId(`circulation:${kind}:${loanId}`);
  }

  async settle(barcode: string, metadata: AppendMetadata): Promise<void> {
    const history = (await this.desk.history(barcode)).filter((event): event is Folded<ItemEvent> => event.type !== 'OverrideGranted');
    const state = history.reduce<ItemState>(evolveItem, initialItemState);
    if (!state.item) return;
    const recent = latestLoans(history);
    for (const charge of chargesCalledFor(recent, state.item.itemType, this.desk.policies, LoanFollowUps.chargeIdOf)) await this.charge(charge, metadata);
    if (state.status === 'awaiting pickup' && state.forHold !== undefined) await this.fillHold(state.item.titleId, state.forHold.holdId, barcode, metadata);
    for (const event of recent) {
      if (event.type === 'ItemCheckedOut' && event.data.holdId !== undefined)
        await this.pickUpHold(state.item.titleId, event.data.holdId, event.data.loanId, metadata);
    }
  }

  private async charge(data: ChargeFee['data'], metadata: AppendMetadata): Promise<void> {
    await this.step(`charge ${data.chargeId}`, () =>
      this.commands.handle(
        feeFinesStreamId(data.borrowerId),
        feeFineLedgerDecider,
        { type: 'ChargeFee', data },
        { metadata, context: () => ({ staffId: metadata.actor.id }) },
      ),
    );
  }

  private async fillHold(titleId: string, holdId: string, barcode: string, metadata: AppendMetadata): Promise<void> {
    if (!(await this.holdIsOpen(titleId, holdId))) return;
    await this.step(`fill hold ${holdId}`, () =>
      this.commands.handle(
        titleHoldsStreamId(titleId),
        holdsDecider,
        { type: 'FillHold', data: { titleId, holdId, barcode } },
        {
          metadata,
          context: () => ({ library: this.desk.library, holdShelfOpenDays: this.desk.policies.holdShelfOpenDays }),
        },
      ),
    );
  }

  private async pickUpHold(titleId: string, holdId: string, loanId: string, metadata: AppendMetadata): Promise<void> {
    if (!(await this.holdIsOpen(titleId, holdId))) return; // picked up already (or cancelled meanwhile)
    await this.step(`pick up hold ${holdId}`, () =>
      this.commands.handle(
        titleHoldsStreamId(titleId),
        holdsDecider,
        { type: 'PickUpHold', data: { titleId, holdId, loanId } },
        {
          metadata,
          context: () => ({ library: this.desk.library, holdShelfOpenDays: this.desk.policies.holdShelfOpenDays }),
        },
      ),
    );
  }

  private async holdIsOpen(titleId: string, holdId: string): Promise<boolean> {
    const { state } = await this.commands.load(titleHoldsStreamId(titleId), holdsDecider);
    return state.open.some((hold) => hold.holdId === holdId);
  }

  /** A follow-up the other stream refuses is a fault to look into, not the desk's: the item's write stands, and it is logged. */
  private async step(what: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      this.logger.warn(`follow-up refused: ${what}: ${error.rule}`);
    }
  }
}

/** The events of the item's latest loans (from the check-out of the oldest of them on), plus what came after. */
function latestLoans(history: readonly ItemEvent[]): ItemEvent[] {
  let seen = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i].type === 'ItemCheckedOut' && ++seen === LOANS_LOOKED_AT) return history.slice(i);
  }
  return [...history];
}
