import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { ItemDesk } from '../item-desk';
import { LoanFollowUps } from '../loan-follow-ups';

/** The loan’s item is declared lost: the lost item fee and its processing fee are charged to the borrower. */
@Injectable()
export class DeclareLostHandler {
  constructor(
    private readonly desk: ItemDesk,
    private readonly followUps: LoanFollowUps,
  ) {}

  async execute(barcode: string, comment: string | undefined, metadata: AppendMetadata): Promise<CirculationWrite> {
    const outcome = await this.desk.decide(barcode, { type: 'DeclareLost', data: { barcode, ...(comment !== undefined && { comment }) } }, metadata);
    await this.followUps.settle(barcode, metadata);
    return { id: outcome.state.loan?.loanId ?? barcode, outcome };
  }
}
