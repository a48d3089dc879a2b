import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { CheckOutItem } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { BorrowerStandingService } from '../../shared/borrower-standing.service';
import { CirculationWrite } from '../../shared/write-accepted';
import { deskOverrides, OverrideAnswer, overridesGranted } from '../desk-overrides';
import { ItemDesk } from '../item-desk';
import { LoanFollowUps } from '../loan-follow-ups';
import { CheckOutDto } from './check-out.dto';

export interface CheckOutWrite extends CirculationWrite {
  dueDate: string;
  overrides: OverrideAnswer[];
}

/**
 * A check-out: the borrower's standing read first (404 unknown, refused if erased or expired), then the item's desk
 * decision with the borrower's blocks, limit and the overrides asked; then the hold it picks up, if any.
 */
@Injectable()
export class CheckOutHandler {
  constructor(
    private readonly standing: BorrowerStandingService,
    private readonly desk: ItemDesk,
    private readonly followUps: LoanFollowUps,
  ) {}

  async execute(request: CheckOutDto, role: string, metadata: AppendMetadata): Promise<CheckOutWrite> {
    const at = await this.standing.standingFor(request.borrowerId, 'borrowing');
    const loanId = canonicalId(request.loanId ?? randomUUID());
    const command: CheckOutItem = {
      type: 'CheckOutItem',
      data: { barcode: request.itemBarcode, loanId, borrowerId: at.borrower.borrowerId, desk: request.desk },
    };
    const overriding = deskOverrides(request.overrides, role, request.desk);
    const outcome = await this.desk.decide(request.itemBarcode, command, metadata, {
      patronGroup: at.borrower.patronGroup,
      context: { borrower: at.standing, ...(at.patronBlock && { patronBlock: at.patronBlock }), ...(overriding && { overriding }) },
    });
    await this.followUps.settle(request.itemBarcode, metadata);
    return { id: loanId, outcome, dueDate: outcome.state.loan?.dueDate ?? '', overrides: overridesGranted(outcome.events) };
  }
}
