import { Injectable } from '@nestjs/common';
import { ItemRegistered, ItemStatus, LoansRuleViolation } from '@era/circulation-domain';
import { ItemDesk } from '../item-desk';

export interface ItemView extends ItemRegistered {
  status: ItemStatus;
  location?: string;
  loan?: { loanId: string; borrowerId: string; dueDate: string; renewalCount: number; loanPolicyId: string };
  forHold?: { holdId: string; pickupLocation: string };
  reserve?: { courseId: string; termStart: string; termEnd: string };
}

/** An item as its stream has it now (one stream, consistent with the last write): what the desk sees when it scans it. */
@Injectable()
export class GetItemHandler {
  constructor(private readonly desk: ItemDesk) {}

  async execute(barcode: string): Promise<{ view: ItemView; revision: number }> {
    const { state, revision } = await this.desk.state(barcode);
    if (!state.item) throw new LoansRuleViolation('item-not-found', `No item has barcode ${barcode}`);
    const { loan, forHold, reserve } = state;
    return {
      revision,
      view: {
        ...state.item,
        status: state.status,
        ...(state.location !== undefined && { location: state.location }),
        ...(loan && {
          loan: { loanId: loan.loanId, borrowerId: loan.borrowerId, dueDate: loan.dueDate, renewalCount: loan.renewalCount, loanPolicyId: loan.loanPolicyId },
        }),
        ...(forHold && { forHold: { holdId: forHold.holdId, pickupLocation: forHold.pickupLocation } }),
        ...(reserve && { reserve: { courseId: reserve.courseId, termStart: reserve.termStart, termEnd: reserve.termEnd } }),
      },
    };
  }
}
