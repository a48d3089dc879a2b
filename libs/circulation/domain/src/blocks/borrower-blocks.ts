import { BlockConditionsState, limitsFor } from './block-conditions-decider';
import { BorrowerBlockFacts, BlockEvaluation, evaluateBlocks } from './evaluate-blocks';
import { ManualBlocksState } from './manual-blocks';

/**
 * A borrower's blocks from the two folded streams (the block conditions and the borrower's manual blocks) and the
 * loans' facts: what a check-out, renewal or hold asks before it decides.
 */
export function evaluateBorrowerBlocks(
  configuration: BlockConditionsState,
  patronGroup: string,
  manualBlocks: ManualBlocksState,
  facts: Omit<BorrowerBlockFacts, 'manualBlocks'>,
): BlockEvaluation {
  return evaluateBlocks(configuration.conditions, limitsFor(configuration, patronGroup), { ...facts, manualBlocks: Object.values(manualBlocks.blocks) });
}
