import { Injectable } from '@nestjs/common';
import { BlockEvaluation, BlockInForce, Money } from '@era/circulation-domain';
import { BorrowerStandingService } from '../../shared/borrower-standing.service';

export interface BorrowerBlocks {
  borrowerId: string;
  /** Each block in force once, with the actions it refuses. */
  blocks: readonly BlockInForce[];
  /** Per action, the blocks refusing it: automated ones with their condition, limit and the borrower's value; manual ones with their id. */
  byAction: BlockEvaluation;
  itemsOut: number;
  itemLimit?: number;
  balance: Money;
}

/** What the desk is shown before lending: every block in force, automated and manual, as the check-out will weigh them. */
@Injectable()
export class BorrowerBlocksHandler {
  constructor(private readonly standing: BorrowerStandingService) {}

  async execute(borrowerId: string): Promise<BorrowerBlocks> {
    const { standing, evaluation, balance } = await this.standing.currentStanding(borrowerId);
    return {
      borrowerId: standing.borrowerId,
      blocks: standing.blocks,
      byAction: evaluation,
      itemsOut: standing.openLoans,
      ...(standing.itemLimit !== undefined && { itemLimit: standing.itemLimit }),
      balance,
    };
  }
}
