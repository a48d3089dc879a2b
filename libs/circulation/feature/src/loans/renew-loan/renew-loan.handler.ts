import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { BorrowerStandingService } from '../../shared/borrower-standing.service';
import { CirculationWrite } from '../../shared/write-accepted';
import { deskOverrides, OverrideAnswer, overridesGranted } from '../desk-overrides';
import { ItemDesk } from '../item-desk';
import { RenewLoanDto } from './renew-loan.dto';

export interface RenewalAnswer {
  dueDate: string;
  renewalCount: number;
  overrides: OverrideAnswer[];
}

/** A renewal: the borrower's standing for renewals, the title's holds queue (another borrower waiting refuses it), the overrides asked. */
@Injectable()
export class RenewLoanHandler {
  constructor(
    private readonly standing: BorrowerStandingService,
    private readonly desk: ItemDesk,
  ) {}

  async execute(request: RenewLoanDto, role: string, metadata: AppendMetadata): Promise<CirculationWrite & RenewalAnswer> {
    const at = await this.standing.standingFor(request.borrowerId, 'renewals');
    const overriding = deskOverrides(request.overrides, role, request.desk);
    const outcome = await this.desk.decide(
      request.itemBarcode,
      { type: 'RenewLoan', data: { barcode: request.itemBarcode, borrowerId: at.borrower.borrowerId } },
      metadata,
      {
        patronGroup: at.borrower.patronGroup,
        withHoldQueue: true,
        context: { borrower: at.standing, ...(at.patronBlock && { patronBlock: at.patronBlock }), ...(overriding && { overriding }) },
      },
    );
    const loan = outcome.state.loan;
    return {
      id: loan?.loanId ?? '',
      outcome,
      dueDate: loan?.dueDate ?? '',
      renewalCount: loan?.renewalCount ?? 0,
      overrides: overridesGranted(outcome.events),
    };
  }
}
