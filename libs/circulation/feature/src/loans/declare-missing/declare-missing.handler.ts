import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { ItemDesk } from '../item-desk';
import { LoanFollowUps } from '../loan-follow-ups';

/** A claimed-returned item the library could not find is declared missing: the loan closes. */
@Injectable()
export class DeclareMissingHandler {
  constructor(
    private readonly desk: ItemDesk,
    private readonly followUps: LoanFollowUps,
  ) {}

  async execute(barcode: string, comment: string | undefined, metadata: AppendMetadata): Promise<CirculationWrite> {
    const outcome = await this.desk.decide(barcode, { type: 'DeclareMissing', data: { barcode, comment: comment ?? '' } }, metadata);
    await this.followUps.settle(barcode, metadata);
    return { id: outcome.state.loan?.loanId ?? barcode, outcome };
  }
}
