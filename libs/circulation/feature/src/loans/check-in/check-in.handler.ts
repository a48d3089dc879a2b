import { Injectable } from '@nestjs/common';
import { chargesCalledFor, ItemStatus, Money } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { ItemDesk } from '../item-desk';
import { LoanFollowUps } from '../loan-follow-ups';
import { CheckInDto } from './check-in.dto';

export interface CheckInAnswer {
  /** Where the item is now: available, on the hold shelf (awaiting pickup) or in transit. */
  status: ItemStatus;
  /** In transit: where to. */
  destination?: string;
  /** The hold it serves (on the hold shelf here, or travelling to its pickup desk). */
  holdId?: string;
  /** A late return: the overdue fine charged on the borrower's ledger. */
  fine?: { chargeId: string; amount: Money };
}

/**
 * A check-in: decided with the title's holds queue (the item goes to the first hold in line), then the steps that
 * follow on other streams: the overdue fine of a late return, the hold it fills.
 */
@Injectable()
export class CheckInHandler {
  constructor(
    private readonly desk: ItemDesk,
    private readonly followUps: LoanFollowUps,
  ) {}

  async execute({ itemBarcode, desk }: CheckInDto, metadata: AppendMetadata): Promise<CirculationWrite & CheckInAnswer> {
    const outcome = await this.desk.decide(itemBarcode, { type: 'CheckInItem', data: { barcode: itemBarcode, desk } }, metadata, { withHoldQueue: true });
    await this.followUps.settle(itemBarcode, metadata);
    const { state } = outcome;
    const itemEvents = outcome.events.filter((event) => event.type !== 'OverrideGranted');
    const fine = state.item ? chargesCalledFor(itemEvents, state.item.itemType, this.desk.policies, LoanFollowUps.chargeIdOf)[0] : undefined;
    const transit = outcome.events.find((event) => event.type === 'ItemInTransit');
    return {
      id: itemBarcode,
      outcome,
      status: state.status,
      ...(transit?.type === 'ItemInTransit' && { destination: transit.data.destination }),
      ...(state.forHold && { holdId: state.forHold.holdId }),
      ...(fine && { fine: { chargeId: fine.chargeId, amount: fine.amount } }),
    };
  }
}
