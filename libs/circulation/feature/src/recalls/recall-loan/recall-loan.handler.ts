import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { ItemDesk } from '../../loans/item-desk';
import { CirculationWrite } from '../../shared/write-accepted';
import { RecallLoanDto } from './recall-loan.dto';

export interface RecallAnswer {
  /** The loan's due date now, and before the recall (the same when it was already due sooner). */
  dueDate?: string;
  previousDueDate?: string;
}

/** A recall: decided on the item's stream under the policy its loan was made under (return interval, guaranteed period). */
@Injectable()
export class RecallLoanHandler {
  constructor(private readonly desk: ItemDesk) {}

  async execute(barcode: string, { holdId, reason }: RecallLoanDto, metadata: AppendMetadata): Promise<CirculationWrite & RecallAnswer> {
    const outcome = await this.desk.decide(barcode, { type: 'RecallLoan', data: { barcode, reason, ...(holdId !== undefined && { holdId }) } }, metadata, {
      underLoanPolicy: true,
    });
    const recalled = outcome.events.find((event) => event.type === 'LoanRecalled');
    const loan = outcome.state.loan;
    return {
      id: loan?.loanId ?? barcode,
      outcome,
      ...(loan && { dueDate: loan.dueDate }),
      ...(recalled?.type === 'LoanRecalled' && { previousDueDate: recalled.data.previousDueDate }),
    };
  }
}
