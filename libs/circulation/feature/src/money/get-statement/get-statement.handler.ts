import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { borrowerStatementOf, StatementReport } from '@era/projection-circulation-fee-fines';
import { FeeFinesView } from '../fee-fines-view';

export type BorrowerStatementAnswer = StatementReport & { position: number; fresh: boolean };

@Injectable()
export class GetStatementHandler {
  constructor(private readonly fees: FeeFinesView) {}

  async execute(borrowerId: string, minPosition: number | undefined): Promise<BorrowerStatementAnswer> {
    const { view, fresh } = await this.fees.at(minPosition);
    return { ...(await borrowerStatementOf(view, canonicalId(borrowerId))), position: view.position, fresh };
  }
}
